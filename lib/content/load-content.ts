import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { groupBy } from '../group-by';
import { displayPath } from './display-path';
import { type IssueDate, isIssueDate } from './issue-date';
import { type Article, type ContentIndex, type Issue, articleKey } from './model';
import { ContentError, type ContentProblem, ContentReport, type TextLint } from './problems';
import { isScheduled } from './publication';
import type { ArticleFileMemo } from './article-file-memo';
import { entryKind, loadIssue } from './read-issue';
import { sectionSlug } from './section-slug';

export type { Article, ArticleSummary, ContentIndex, Issue, IssuePage } from './model';

export type ContentValidation = {
  index: ContentIndex;
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Dates of the issue folders after the cut-off, oldest first. */
  scheduled: IssueDate[];
};

export type ValidationOptions = {
  /** With a lint, warnings are reported too (the editors' check): raw HTML, and what the lint finds in each text. */
  lint?: TextLint;
  /** The last issue date published; later issues are scheduled. Without it, every issue is published. */
  publishUntil?: IssueDate;
  /** Scheduled issues are read and kept in the index, marked (`preview`), or not read at all (`omit`). */
  scheduled?: 'preview' | 'omit';
  /** Files read before, reused while unchanged (the editors' preview). */
  memo?: ArticleFileMemo;
};

/**
 * Reads every issue under `contentDir` and reports every error (and, given a lint, every warning);
 * `index` holds what is valid.
 */
export function validateContent(
  contentDir: string,
  { lint, publishUntil, scheduled: scheduledIssues = 'preview', memo }: ValidationOptions = {},
): ContentValidation {
  const report = new ContentReport(lint);
  const issues: Issue[] = [];
  const scheduled: IssueDate[] = [];
  const articles = new Map<string, Article>();
  const readingOrder = new Map<IssueDate, string[]>();
  const result = (): ContentValidation => ({
    index: {
      issues,
      articles,
      readingOrder,
      sections: groupBy(
        issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles)),
        (article) => article.section,
      ),
    },
    errors: report.errors,
    warnings: report.warnings,
    scheduled: scheduled.reverse(),
  });

  let entries;
  let contentRoot: string;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
    contentRoot = realpathSync(contentDir);
  } catch (error) {
    report.error({ file: displayPath(contentDir), field: 'folder', message: `cannot be read (${String(error)})` });
    return result();
  }
  for (const entry of entries.sort((a, b) => b.name.localeCompare(a.name))) {
    if (entry.name.startsWith('.') || entryKind(contentDir, entry, contentRoot, report) !== 'directory') continue;
    const folder = path.join(contentDir, entry.name);
    if (!isIssueDate(entry.name)) {
      report.error({ file: displayPath(folder), field: 'folder name', message: 'must be a real issue date written YYYY-MM-DD' });
      continue;
    }
    const isLater = publishUntil !== undefined && isScheduled(entry.name, publishUntil);
    if (isLater) scheduled.push(entry.name);
    if (isLater && scheduledIssues === 'omit') continue;
    const loaded = loadIssue(folder, entry.name, isLater, contentRoot, report, memo);
    if (!loaded) continue;
    issues.push(loaded.issue);
    readingOrder.set(entry.name, loaded.articles.map((article) => article.slug));
    for (const article of loaded.articles) articles.set(articleKey(article.date, article.slug), article);
  }
  reportSharedSectionAddresses(contentDir, result().index, report);
  return result();
}

/** Two section names whose URL segments meet (`城市-乡村-0860a128` typed as a name) would share a page. */
function reportSharedSectionAddresses(contentDir: string, index: ContentIndex, report: ContentReport): void {
  const bySlug = new Map<string, string>();
  for (const [name, [article]] of index.sections) {
    const slug = sectionSlug(name);
    const other = bySlug.get(slug);
    if (other === undefined) {
      bySlug.set(slug, name);
      continue;
    }
    report.error({
      file: displayPath(path.join(contentDir, article.date, `${article.slug}.md`)),
      field: 'section',
      message: `"${name}" and "${other}" would share the address /sections/${slug}; rename one of the sections`,
    });
  }
}

/**
 * The content index for the site: the issues up to `publishUntil`, and with `preview` the scheduled
 * ones too, marked. Throws a ContentError listing every error, so nothing is published half-valid.
 * Scheduled issues are not read for a published site: a draft of next week's issue never stops
 * this week's build (`npm run check` reads them).
 */
export function loadContent(
  contentDir: string,
  { publishUntil, preview = false, memo }: { publishUntil?: IssueDate; preview?: boolean; memo?: ArticleFileMemo } = {},
): ContentIndex {
  const { index, errors } = validateContent(contentDir, { publishUntil, scheduled: preview ? 'preview' : 'omit', memo });
  if (errors.length > 0) throw new ContentError(errors);
  return index;
}
