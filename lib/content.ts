import path from 'node:path';
import { type Article, type ContentIndex, type Issue, articleKey, loadContent } from './load-content';
import type { IssueDate } from './issue-date';

export type { Article, ArticleSummary, ContentIndex, Issue, IssuePage } from './load-content';

/** The content folder: `CONTENT_DIR` from the environment, or `content`. */
export function contentDir(): string {
  // Read at build time only: the pages are static, so the server output need not trace the content.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

let cached: { dir: string; index: ContentIndex } | undefined;

/**
 * The content index, built once per process. In `next dev` it is rebuilt on every call,
 * so an edited file shows on the next refresh.
 */
export function getContent(): ContentIndex {
  const dir = contentDir();
  if (process.env.NODE_ENV === 'development') return loadContent(dir);
  if (cached?.dir !== dir) cached = { dir, index: loadContent(dir) };
  return cached.index;
}

/** Every issue, newest first. */
export function listIssues(): Issue[] {
  return getContent().issues;
}

export function getLatestIssue(): Issue | undefined {
  return getContent().issues[0];
}

export function getIssue(date: string): Issue | undefined {
  return getContent().issues.find((issue) => issue.date === date);
}

export function getArticle(date: string, slug: string): Article | undefined {
  return getContent().articles.get(articleKey(date, slug));
}

export function listArticleParams(): { date: IssueDate; slug: string }[] {
  return [...getContent().articles.values()].map(({ date, slug }) => ({ date, slug }));
}

/** The articles before and after this one in its issue's reading order (page, then order). */
export function getAdjacentArticles(date: string, slug: string): { previous?: Article; next?: Article } {
  const { readingOrder } = getContent();
  const slugs = readingOrder.get(date) ?? [];
  const index = slugs.indexOf(slug);
  if (index === -1) return {};
  return {
    previous: index > 0 ? getArticle(date, slugs[index - 1]) : undefined,
    next: index < slugs.length - 1 ? getArticle(date, slugs[index + 1]) : undefined,
  };
}
