import type { IssueDate } from '../content/issue-date';
import { twoDigitPage } from '../content/labels';
import { sectionSlug } from '../content/section-slug';

export const HOME_HREF = '/';
export const ARCHIVE_HREF = '/issues';
export const SEARCH_HREF = '/search';
export const SECTIONS_HREF = '/sections';
/** 我的收藏: kept and recently read articles, from the browser's storage. */
export const BOOKMARKS_HREF = '/bookmarks';

export function issueHref(date: IssueDate): string {
  return `/issues/${date}`;
}

export function articleHref(date: IssueDate, slug: string): string {
  return `/issues/${date}/${slug}`;
}


/** The page view of one 版: `/issues/2024-12-09/pages/05`. */
export function issuePageHref(date: IssueDate, page: number): string {
  return `/issues/${date}/pages/${twoDigitPage(page)}`;
}

/** A section's articles across issues: `/sections/深度聚焦`, then `/sections/深度聚焦/2`… (see section-slug.ts). */
export function sectionHref(name: string, page = 1): string {
  return `/sections/${encodeURIComponent(sectionSlug(name))}${page > 1 ? `/${page}` : ''}`;
}

/** Where a section was before names became slugs, `/sections/<the name percent-encoded>`: still answered. */
export function legacySectionHref(name: string): string {
  return `/sections/${encodeURIComponent(name)}`;
}

/** The param of the one page a static export must make for a route with no content (see app/_lib/static-params.ts). */
export const EMPTY_ROUTE_PLACEHOLDER = '_no-content';

/** The scan of a page resized to `width` (WebP), or as supplied: `/issues/2024-12-09/pages/05/scan-<hash>-720.webp`. */
export function scanHref(date: IssueDate, page: number, scan: { hash: string; format: string }, width?: number): string {
  const extension = scan.format === 'jpeg' ? 'jpg' : scan.format;
  return `${issuePageHref(date, page)}/${width === undefined ? `scan-${scan.hash}.${extension}` : `scan-${scan.hash}-${width}.webp`}`;
}

/** A page's PDF: `/issues/2024-12-09/pages/05/page-<hash>.pdf`. */
export function pagePdfHref(date: IssueDate, page: number, pdf: { hash: string }): string {
  return `${issuePageHref(date, page)}/page-${pdf.hash}.pdf`;
}

/** The id of an article's area on its page's scan, and the page view with that area outlined. */
export const areaAnchor = (slug: string) => `area-${slug}`;
export function articleAreaHref(date: IssueDate, page: number, slug: string): string {
  return `${issuePageHref(date, page)}#${areaAnchor(slug)}`;
}

/** An article's clipping of its page's scan, for link previews: `/issues/2024-12-09/pages/05/clip-<slug>-<hash>.jpg`. */
export function areaClipHref(date: IssueDate, page: number, slug: string, hash: string): string {
  return `${issuePageHref(date, page)}/clip-${slug}-${hash}.jpg`;
}

/** An issue's cover at `width` (WebP), or as supplied: `/covers/2024-12-09/cover-<hash>-480.webp`. */
export function coverHref(date: IssueDate, cover: { hash: string; format: string }, width?: number): string {
  const extension = cover.format === 'jpeg' ? 'jpg' : cover.format;
  return `/covers/${date}/${width === undefined ? `cover-${cover.hash}.${extension}` : `cover-${cover.hash}-${width}.webp`}`;
}

/**
 * A photo of an issue's articles, resized: `/photos/2024-12-09/canteen-<hash>-720.webp`; `preview`
 * is the JPEG link previews show, `thumbnail` the small crop the contents show.
 */
export function photoHref(date: IssueDate, photo: { name: string; image: { hash: string } }, size: number | 'preview' | 'thumbnail'): string {
  const suffix = size === 'preview' ? 'preview.jpg' : size === 'thumbnail' ? 'thumbnail.webp' : `${size}.webp`;
  return `/photos/${date}/${photo.name}-${photo.image.hash}-${suffix}`;
}
