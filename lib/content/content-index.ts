import { type Article, type ArticleSummary, type Issue, articleKey } from './model';
import { twoDigitPage } from './labels';
import { getContent } from './site-content';
import { sectionSlug } from './section-slug';
import type { IssueDate } from './issue-date';
import type { Photo } from './photos';

export type { Article, ArticleSummary, ContentIndex, Issue, IssuePage } from './model';
export type { Subheading } from './markdown';

/** Queries on the site's content (site-content.ts: where it comes from and how long it is kept). */

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
