import path from 'node:path';
import { contentStamp } from './content-stamp';
import { loadContent } from './load-content';
import { PARSE_CACHE_VARIABLE, PARSE_CACHE_VERSION_VARIABLE } from './parse-cache';
import { ArticleFileMemo } from './article-file-memo';
import { type Article, type ArticleSummary, type ContentIndex, type Issue, articleKey } from './model';
import { twoDigitPage } from './labels';
import { publicationCutOff } from './publication';
import { sectionSlug } from './section-slug';
import type { IssueDate } from './issue-date';
import type { Photo } from './photos';

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
  const fresh = { dir, index: loadWithParseCache(dir, publicationCutOff()) };
  Reflect.set(globalThis, CACHE_KEY, fresh);
  return fresh;
}

/**
 * A rebuild parses only the article files whose bytes changed since the last build; the others come
 * from the cache. The files parsed are kept even when some are invalid, so the next try after a fix
 * parses just the fixed ones.
 */
function loadWithParseCache(dir: string, publishUntil: IssueDate): ContentIndex {
  const cacheFile = process.env[PARSE_CACHE_VARIABLE];
  const version = process.env[PARSE_CACHE_VERSION_VARIABLE];
  if (!cacheFile || !version) return loadContent(dir, { publishUntil });
  const memo = ArticleFileMemo.restore(cacheFile, version);
  try {
    return loadContent(dir, { publishUntil, memo });
  } finally {
    try {
      memo.persist(cacheFile, version);
    } catch (error) {
      console.warn(`The content parse cache was not saved (${String(error)}); the next build parses every file.`);
    }
  }
}

type Preview = {
  dir: string;
  stamp?: string;
  index?: ContentIndex;
  memo: ArticleFileMemo;
  /** Set while the current synchronous run of lookups lasts, once the folder has been looked at. */
  lookedAtThisRun?: boolean;
};
const PREVIEW_KEY = Symbol.for('minsheng-weekly.preview');

/**
 * The editors' preview: the folder is checked by names, sizes and modification times (contentStamp),
 * read again only when something changed, and then only the files that changed. A content error is
 * thrown as in a build; the files read stay known for the next try.
 *
 * The check costs a stat of every file (70 ms at 10,000 articles), and one page makes several
 * lookups in a row (the article, its issue, its neighbours): the folder is looked at once per
 * synchronous run of them, and again on the next request.
 */
function previewContent(): ContentIndex {
  const dir = contentDir();
  const publishUntil = publicationCutOff();
  const preview = previewOf(dir);
  if (preview.index && preview.lookedAtThisRun) return preview.index;
  const stamp = `${publishUntil}\n${contentStamp(dir)}`;
  if (!preview.index || preview.stamp !== stamp) {
    preview.index = undefined;
    preview.index = loadContent(dir, { publishUntil, preview: true, memo: preview.memo });
    preview.stamp = stamp;
  }
  preview.lookedAtThisRun = true;
  process.nextTick(() => {
    preview.lookedAtThisRun = false;
  });
  return preview.index;
}

function previewOf(dir: string): Preview {
  const kept: Preview | undefined = Reflect.get(globalThis, PREVIEW_KEY);
  if (kept?.dir === dir) return kept;
  const fresh: Preview = { dir, memo: new ArticleFileMemo() };
  Reflect.set(globalThis, PREVIEW_KEY, fresh);
  return fresh;
}

/**
 * The content index of the published issues, built once per process. In `next dev` it holds the
 * scheduled issues too, marked for preview, and follows the folder: an edited, added or removed
 * file shows on the next refresh.
 */
export function getContent(): ContentIndex {
  if (process.env.NODE_ENV === 'development') return previewContent();
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

/** The photos of an issue's articles, each file once, in reading order. */
export function listIssuePhotos(date: string): Photo[] {
  const content = getContent();
  const photos = new Map<string, Photo>();
  for (const slug of content.readingOrder.get(date) ?? []) {
    for (const part of content.articles.get(articleKey(date, slug))?.body ?? []) {
      if (part.kind === 'photo' && !photos.has(part.photo.image.file)) photos.set(part.photo.image.file, part.photo);
    }
  }
  return [...photos.values()];
}

export function listArticleParams(): { date: IssueDate; slug: string }[] {
  return [...getContent().articles.values()].map(({ date, slug }) => ({ date, slug }));
}

/** Every 版 of every issue, as the page-view route's params: `{ date, page: '05' }`. */
export function listIssuePageParams(): { date: IssueDate; page: string }[] {
  return getContent().issues.flatMap((issue) => issue.pages.map((page) => ({ date: issue.date, page: twoDigitPage(page.page) })));
}

/** Articles in each part of a section's listing: `/sections/要闻` is part 1, `/sections/要闻/2` part 2. */
export const SECTION_PART_SIZE = 20;

export type SectionListing = { name: string; part: number; partCount: number; total: number; articles: ArticleSummary[] };

/** One part of a section's articles across all issues, newest first. */
export function getSectionListing(name: string, part = 1): SectionListing | undefined {
  const articles = getContent().sections.get(name);
  const partCount = Math.ceil((articles?.length ?? 0) / SECTION_PART_SIZE);
  if (!articles || !Number.isInteger(part) || part < 1 || part > partCount) return undefined;
  const start = (part - 1) * SECTION_PART_SIZE;
  return { name, part, partCount, total: articles.length, articles: articles.slice(start, start + SECTION_PART_SIZE) };
}

/** The section whose URL segment is `slug`. */
export function findSectionBySlug(slug: string): string | undefined {
  return [...getContent().sections.keys()].find((name) => sectionSlug(name) === slug);
}

/** Every section with its number of articles, most articles first. */
export function listSections(): { name: string; total: number }[] {
  return [...getContent().sections].map(([name, articles]) => ({ name, total: articles.length })).sort((a, b) => b.total - a.total);
}
