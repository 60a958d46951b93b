import type { Issue } from '../content/model';
import { articleHref, issueHref, issuePageHref } from './routes';

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

/** What 离线阅读本期 saves: the issue's contents, each page view and each article, in reading order. */
export function issueOfflinePaths(issue: Pick<Issue, 'date' | 'pages'>): string[] {
  return [
    issueHref(issue.date),
    ...issue.pages.flatMap((page) => [issuePageHref(issue.date, page.page), ...page.articles.map((article) => articleHref(issue.date, article.slug))]),
  ];
}
