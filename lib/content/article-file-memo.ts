import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IssueDate } from './issue-date';
import type { PhotoReference } from './markdown';
import type { Article } from './model';
import type { Photo } from './photos';
import { type ContentProblem, ContentReport } from './problems';
import { type ParsedArticle, buildArticle, readArticle } from './read-article';

export type KnownFile = { stamp: string; article: ParsedArticle | undefined; errors: ContentProblem[] };

/**
 * How a memo tells an unchanged file: by size and modification time (the editors' preview, which
 * then reads nothing unchanged), or by its bytes (builds, whose checkouts give every file a new
 * modification time).
 */
export type FileStamp = 'modification' | 'content';

/**
 * Article files already parsed, kept while they stay the same: the editors' preview parses again
 * only the files that changed, and so does a rebuild with the parse cache (parse-cache.ts).
 * A file's problems are kept with it and reported again each time.
 */
export class ArticleFileMemo {
  readonly #files: Map<string, KnownFile>;
  /** The files asked for since the memo was made: the ones a parse cache keeps. */
  readonly #used = new Set<string>();
  readonly #built = new WeakMap<ParsedArticle, { date: IssueDate; order: number; photos: string; article: Article }>();
  #changed = false;

  constructor(
    readonly stampBy: FileStamp = 'modification',
    files: Iterable<[string, KnownFile]> = [],
  ) {
    this.#files = new Map(files);
  }

  read(file: string, fileName: string, report: ContentReport): ParsedArticle | undefined {
    // Warnings come from the editors' lint, which neither the preview nor a build runs.
    if (report.collectsWarnings) return readArticle(file, fileName, report);
    const bytes = this.stampBy === 'content' ? readFileSync(file) : undefined;
    const stamp = bytes ? createHash('sha1').update(bytes).digest('hex') : modificationStamp(file);
    let known = this.#files.get(file);
    if (known?.stamp !== stamp) {
      const own = new ContentReport();
      known = { stamp, article: readArticle(file, fileName, own, bytes), errors: own.errors };
      this.#files.set(file, known);
      this.#changed = true;
    }
    this.#used.add(file);
    for (const problem of known.errors) report.error(problem);
    return known.article;
  }

  /** buildArticle, reused while the file, the article's place in its issue and its photos' files stay the same. */
  build(parsed: ParsedArticle, date: IssueDate, order: number, photos: ReadonlyMap<PhotoReference, Photo>): Article {
    const known = this.#built.get(parsed);
    const photoStamp = [...photos.values()].map(({ image }) => `${image.file}:${image.hash}`).join('\n');
    if (known?.date === date && known.order === order && known.photos === photoStamp) return known.article;
    const article = buildArticle(parsed, date, order, photos);
    this.#built.set(parsed, { date, order, photos: photoStamp, article });
    return article;
  }

  /** Whether a parse cache would hold anything new: a file parsed, or one no longer asked for. */
  get changedSinceMade(): boolean {
    return this.#changed || this.#used.size !== this.#files.size;
  }

  /** The files asked for since the memo was made, with what was parsed of them: what a parse cache keeps. */
  *usedFiles(): Generator<[string, KnownFile], void> {
    for (const file of this.#used) {
      const known = this.#files.get(file);
      if (known) yield [file, known];
    }
  }
}

function modificationStamp(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}
