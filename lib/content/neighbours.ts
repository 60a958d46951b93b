import { getArticle, type SectionListing } from './content-index';
import { getContent } from './site-content';
import type { Article, Issue, IssuePage } from './model';

/**
 * Every kind of 上一…/下一… on the site: 上一篇/下一篇 (articles in reading order), 上一版/下一版
 * (pages of an issue), 上一期/下一期 (issues; the previous one is the older) and 上一页/下一页 (the
 * parts of a section's listing).
 */
export type Neighbours<T> = { previous?: T; next?: T };

/** The items either side of position `index` of `items`; none when `index` is not in it. */
export function neighboursAt<T>(items: readonly T[], index: number): Neighbours<T> {
  if (index < 0 || index >= items.length) return {};
  return { previous: items[index - 1], next: items[index + 1] };
}

/** 上一篇 / 下一篇: in the issue's reading order (page, then order). */
export function articleNeighbours(date: string, slug: string): Neighbours<Article> {
  const slugs = getContent().readingOrder.get(date) ?? [];
  const { previous, next } = neighboursAt(slugs, slugs.indexOf(slug));
  return { previous: previous === undefined ? undefined : getArticle(date, previous), next: next === undefined ? undefined : getArticle(date, next) };
}

/** 上一版 / 下一版 */
export function pageNeighbours(issue: Issue, page: number): Neighbours<IssuePage> {
  return neighboursAt(issue.pages, issue.pages.findIndex((candidate) => candidate.page === page));
}

/** 上一期 / 下一期: the older issue is the previous one (the index lists the newest first). */
export function issueNeighbours(date: string): Neighbours<Issue> {
  const { issues } = getContent();
  const { previous: newer, next: older } = neighboursAt(issues, issues.findIndex((issue) => issue.date === date));
  return { previous: older, next: newer };
}

/** 上一页 / 下一页 of a section's listing: part numbers. */
export function partNeighbours({ part, partCount }: Pick<SectionListing, 'part' | 'partCount'>): Neighbours<number> {
  return { previous: part > 1 ? part - 1 : undefined, next: part < partCount ? part + 1 : undefined };
}
