import { decodeHTML } from 'entities';
import type { Issue } from '../content/model';
import { SEARCH_HREF, articleHref, issueHref, issuePageHref } from './routes';

/**
 * Names the service worker (app/serwist/service-worker.ts) and the pages share: where the worker is
 * served, the caches it reads pages and images from when the network is gone, and the page it shows
 * for an address never saved.
 */
export const SERVICE_WORKER_HREF = '/serwist/sw.js';
export const OFFLINE_HREF = '/offline';
/** The worker's script is looked at again on every request, so a build's new worker takes over at once. */
export const SERVICE_WORKER_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
export const OFFLINE_PAGES_CACHE = 'minsheng-pages';
export const OFFLINE_IMAGES_CACHE = 'minsheng-images';
/** Scripts left out of the precache (the 繁體 dictionary), kept once used. */
export const OFFLINE_STATIC_CACHE = 'minsheng-static';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * How much each cache keeps: the newest entries up to a number, none older than an age (from when
 * it was last fetched), and nothing when the browser says its storage is full. Pages: about six
 * issues saved whole; a page is fetched again each time it is read online, which renews it.
 */
export const OFFLINE_CACHE_LIMITS = {
  [OFFLINE_PAGES_CACHE]: { maxEntries: 300, maxAgeSeconds: 30 * DAY_SECONDS },
  [OFFLINE_IMAGES_CACHE]: { maxEntries: 400, maxAgeSeconds: 90 * DAY_SECONDS },
  [OFFLINE_STATIC_CACHE]: { maxEntries: 60, maxAgeSeconds: 30 * DAY_SECONDS },
} as const;

/**
 * A kept page carries its title in this header, written once when it is kept, so the offline page
 * lists what is saved without reading every page back.
 */
export const SAVED_TITLE_HEADER = 'X-Saved-Title';

/** The page's `<title>` as a reader sees it, or undefined when it has none. */
export function pageTitle(html: string): string | undefined {
  const title = /<title(?:\s[^>]*)?>([^<]*)<\/title>/i.exec(html)?.[1];
  return title === undefined ? undefined : decodeHTML(title).trim();
}

/** The address of a page's data in the page's loader (deferred-scripts.ts), to keep beside the page. */
export function pageDataHrefIn(html: string): string | undefined {
  return /"(\/_next\/static\/flight\/[0-9a-f]+\.js)"/.exec(html)?.[1];
}

/** Search results (`/search?q=…`) answer one query: they are never kept for reading offline. */
export function isSearchResults(url: URL): boolean {
  return url.pathname === SEARCH_HREF && url.search !== '';
}

/** What 离线阅读本期 saves: the issue's contents, each page view and each article, in reading order. */
export function issueOfflinePaths(issue: Pick<Issue, 'date' | 'pages'>): string[] {
  return [
    issueHref(issue.date),
    ...issue.pages.flatMap((page) => [issuePageHref(issue.date, page.page), ...page.articles.map((article) => articleHref(issue.date, article.slug))]),
  ];
}
