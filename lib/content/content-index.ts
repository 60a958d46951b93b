import path from 'node:path';
import { loadContent } from './load-content';
import { type Article, type ArticleSummary, type ContentIndex, type Issue, articleKey } from './model';
import { twoDigitPage } from './labels';
import { publicationCutOff } from './publication';
import { sectionSlug } from './section-slug';
import type { IssueDate } from './issue-date';

export type { Article, ArticleSummary, ContentIndex, Issue, IssuePage } from './model';
export type { Subheading } from './markdown';

/** The content folder: `CONTENT_DIR` from the environment, or `content`. */
export function contentDir(): string {
  // Read at build time only: the pages are static, so the server output need not trace the content.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

type CachedContent = { dir: string; index: ContentIndex };

/**
 * Kept on globalThis: a build bundles this module into several server chunks, and each copy
 * would otherwise read the whole content folder again.
 */
const CACHE_KEY = Symbol.for('minsheng-weekly.content');

function cachedContent(): CachedContent {
  const dir = contentDir();
  const cached: CachedContent | undefined = Reflect.get(globalThis, CACHE_KEY);
  if (cached?.dir === dir) return cached;
  const fresh = { dir, index: loadContent(dir, { publishUntil: publicationCutOff() }) };
  Reflect.set(globalThis, CACHE_KEY, fresh);
  return fresh;
}

/**
 * The content index of the published issues, built once per process. In `next dev` it is rebuilt
 * on every call, so an edited file shows on the next refresh, and holds the scheduled issues too,
 * marked for preview.
 */
export function getContent(): ContentIndex {
  if (process.env.NODE_ENV === 'development') return loadContent(contentDir(), { publishUntil: publicationCutOff(), preview: true });
  return cachedContent().index;
}

/** Every issue, newest first. */
export function listIssues(): Issue[] {
  return getContent().issues;
}

/** 最新一期: the newest published issue (in the preview, scheduled issues come before it). */
export function getLatestIssue(): Issue | undefined {
  return getContent().issues.find((issue) => !issue.scheduled);
}

/** Issues dated after the cut-off; only the editors' preview has any. */
export function listScheduledIssues(): Issue[] {
  return getContent().issues.filter((issue) => issue.scheduled);
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

/** The issues published before and after this one. */
export function getAdjacentIssues(date: string): { older?: Issue; newer?: Issue } {
  const { issues } = getContent();
  const index = issues.findIndex((issue) => issue.date === date);
  if (index === -1) return {};
  return { newer: issues[index - 1], older: issues[index + 1] };
}

/** Every 版 of every issue, as the page-view route's params: `{ date, page: '05' }`. */
export function listIssuePageParams(): { date: IssueDate; page: string }[] {
  return getContent().issues.flatMap((issue) => issue.pages.map((page) => ({ date: issue.date, page: twoDigitPage(page.page) })));
}

/** Articles per page of a column's listing. */
export const SECTION_PAGE_SIZE = 20;

export type SectionListing = { name: string; page: number; pageCount: number; total: number; articles: ArticleSummary[] };

/** One page of a column's articles across all issues, newest first. */
export function getSectionListing(name: string, page = 1): SectionListing | undefined {
  const articles = getContent().sections.get(name);
  const pageCount = Math.ceil((articles?.length ?? 0) / SECTION_PAGE_SIZE);
  if (!articles || !Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * SECTION_PAGE_SIZE;
  return { name, page, pageCount, total: articles.length, articles: articles.slice(start, start + SECTION_PAGE_SIZE) };
}

/** The column whose URL segment is `slug`. */
export function findSectionBySlug(slug: string): string | undefined {
  return [...getContent().sections.keys()].find((name) => sectionSlug(name) === slug);
}

/** Every column with its number of articles, most articles first. */
export function listSections(): { name: string; total: number }[] {
  return [...getContent().sections].map(([name, articles]) => ({ name, total: articles.length })).sort((a, b) => b.total - a.total);
}
