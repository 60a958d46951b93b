import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatArticleFile } from './article-file';
import { countOf } from '../content/problems';
import { CaptureError, type CaptureOptions, type ImportedArticle, parseCapture } from './capture';
import { articleFrontMatterSchema } from '../content/front-matter-schema';
import { slugFromTitle } from './slug';
import { readFrontMatter } from '../content/yaml-text';

export type ImportOptions = CaptureOptions & { contentDir: string; force?: boolean };

export type ImportPlan = {
  source: string;
  /** Where the article goes: `<contentDir>/<date>/<slug>.md`. */
  target: string;
  article: ImportedArticle;
  text: string;
  /** The same article (same title) is already there; it is only replaced with `force`. */
  exists: boolean;
};

export type ImportFailure = { source: string; line: number; reason: string };

/** The captures named: files as given, and the `.txt` files of folders, in name order. */
export function listCaptures(paths: string[]): { files: string[]; failures: ImportFailure[] } {
  const files: string[] = [];
  const failures: ImportFailure[] = [];
  for (const given of paths) {
    if (!existsSync(given)) {
      failures.push({ source: given, line: 0, reason: 'no such file or folder' });
    } else if (statSync(given).isDirectory()) {
      const captures = readdirSync(given).filter((name) => name.endsWith('.txt')).sort();
      if (captures.length === 0) failures.push({ source: given, line: 0, reason: 'the folder holds no .txt captures' });
      files.push(...captures.map((name) => path.join(given, name)));
    } else {
      files.push(given);
    }
  }
  return { files, failures };
}

function existingTitle(file: string): unknown {
  try {
    return readFrontMatter(readFileSync(file, 'utf8')).data.title;
  } catch {
    return undefined;
  }
}

/** A slug unique in the issue: the title's, or with `-2`, `-3`… when another article has it. */
function chooseSlug(folder: string, title: string, taken: Set<string>): { slug: string; exists: boolean } {
  const base = slugFromTitle(title);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const file = path.join(folder, `${slug}.md`);
    if (taken.has(file)) continue;
    if (!existsSync(file)) return { slug, exists: false };
    if (existingTitle(file) === title) return { slug, exists: true };
  }
}

/**
 * Reads every capture and decides where each article goes, writing nothing. Any capture that
 * cannot be read is a failure, with its line number and the reason.
 */
export function planImports(files: string[], options: ImportOptions): { plans: ImportPlan[]; failures: ImportFailure[] } {
  const plans: ImportPlan[] = [];
  const failures: ImportFailure[] = [];
  const taken = new Set<string>();
  for (const source of files) {
    let article: ImportedArticle;
    try {
      article = parseCapture(readFileSync(source, 'utf8'), options);
    } catch (error) {
      if (!(error instanceof CaptureError)) throw error;
      failures.push({ source, line: error.line, reason: error.reason });
      continue;
    }
    const checked = articleFrontMatterSchema.safeParse(article.frontMatter);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      failures.push({ source, line: 0, reason: `${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    const folder = path.join(options.contentDir, article.date);
    const { slug, exists } = chooseSlug(folder, article.frontMatter.title, taken);
    const target = path.join(folder, `${slug}.md`);
    taken.add(target);
    plans.push({ source, target, article, text: formatArticleFile(article.frontMatter, article.body), exists });
  }
  return { plans, failures };
}

/** Writes the planned files; one whose article is already there is left alone unless `force`. */
export function writeImport(plan: ImportPlan, force: boolean): 'written' | 'overwritten' | 'skipped' {
  if (plan.exists && !force) return 'skipped';
  mkdirSync(path.dirname(plan.target), { recursive: true });
  writeFileSync(plan.target, plan.text);
  return plan.exists ? 'overwritten' : 'written';
}

/** One line about an imported article: date, page, section, title and what was found. */
export function summarizeImport({ article }: ImportPlan): string {
  const { date, frontMatter, paragraphs, subheadings, punctuationChanges } = article;
  return [
    date,
    `page ${frontMatter.page}`,
    frontMatter.section,
    `"${frontMatter.title}"`,
    countOf(paragraphs, 'paragraph'),
    countOf(subheadings, 'subheading'),
    countOf(punctuationChanges, 'punctuation change'),
  ].join(', ');
}
