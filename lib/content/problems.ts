/** One thing wrong with the content, located as precisely as it can be. */
export type ContentProblem = {
  /** Path of the file or folder, as the editor would type it: `content/2024-12-09/a.md`. */
  file: string;
  line?: number;
  /** The front-matter field, or `front matter`, `body`, `file name`, `folder name`. */
  field: string;
  message: string;
};

/** `1 error`, `2 errors` */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line === undefined ? '' : `:${line}`}: ${field}: ${message}`;
}

/** Thrown when any content is invalid: it lists every problem at once, so nothing is published half-valid. */
export class ContentError extends Error {
  // Private, so a printed error shows the readable message alone, not the list again as an object.
  readonly #problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(`Content has ${countOf(problems.length, 'problem')}:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'ContentError';
    this.#problems = problems;
  }

  get problems(): readonly ContentProblem[] {
    return this.#problems;
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The valid name closest to a misspelt one, if it is close enough to be a likely typo. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.candidate.length / 3)) ? best.candidate : undefined;
}

/** Checks a text and says what is worth a look in it (`npm run check` brings the Chinese punctuation rules). */
export type TextLint = (text: string) => string[];

/** What validating content found: errors stop the build; warnings are worth a look but publish. */
export class ContentReport {
  readonly errors: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  /** Warnings cost a scan of every text; the site's build skips them (no lint), `npm run check` asks for them. */
  constructor(private readonly lint?: TextLint) {}

  get collectsWarnings(): boolean {
    return this.lint !== undefined;
  }

  lintText(text: string): string[] {
    return this.lint?.(text) ?? [];
  }

  error(problem: ContentProblem): void {
    this.errors.push(problem);
  }

  warn(problem: ContentProblem): void {
    this.warnings.push(problem);
  }
}
