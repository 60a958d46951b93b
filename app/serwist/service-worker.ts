/// <reference lib="webworker" />
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, NetworkOnly, type PrecacheEntry, type SerwistPlugin, Serwist } from 'serwist';
import {
  OFFLINE_CACHE_LIMITS,
  OFFLINE_HREF,
  OFFLINE_IMAGES_CACHE,
  OFFLINE_PAGES_CACHE,
  OFFLINE_STATIC_CACHE,
  SAVED_TITLE_HEADER,
  isSearchResults,
  pageDataHrefIn,
  pageTitle,
} from '@/lib/publishing/offline';

/**
 * The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) with the build's
 * scripts and styles as its precache manifest: the site's shell. Pages come from the network while
 * there is one, so new content shows on the next visit; every page opened (or saved with 离线阅读本期,
 * which asks this worker to fetch them) is kept for when there is none. Only 200 answers are kept,
 * never an error page, and every cache is bounded (OFFLINE_CACHE_LIMITS).
 */

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const onlyComplete = () => new CacheableResponsePlugin({ statuses: [200] });
const bounded = (cacheName: keyof typeof OFFLINE_CACHE_LIMITS) => new ExpirationPlugin({ ...OFFLINE_CACHE_LIMITS[cacheName], purgeOnQuotaError: true });

/** A page is kept under its address without the query (`?from=singlemessage`…), so shares do not pile up copies. */
const withoutQuery: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    if (url.search === '') return request;
    url.search = '';
    return url.href;
  },
};

/**
 * Writes the page's title into a header of the copy kept (SAVED_TITLE_HEADER), and keeps the page's
 * data beside it, which its tools need offline (lib/publishing/deferred-scripts.ts).
 */
const titled: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    const html = await response.clone().text();
    const data = pageDataHrefIn(html);
    if (data) void caches.open(OFFLINE_STATIC_CACHE).then((cache) => cache.add(data)).catch(() => undefined);
    const headers = new Headers(response.headers);
    headers.set(SAVED_TITLE_HEADER, encodeURIComponent(pageTitle(html) ?? ''));
    return new Response(html, { status: response.status, statusText: response.statusText, headers });
  },
};

/**
 * A page: a navigation, or 离线阅读本期's request for one (which asks for HTML); not a file opened on
 * its own (a photo's large size, a page's PDF), which the offline list would read as one.
 */
const isPage = (request: Request, url: URL) =>
  (request.mode === 'navigate' || (request.headers.get('Accept') ?? '').startsWith('text/html')) && !/\.(?:webp|jpe?g|png|pdf)$/i.test(url.pathname);

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && isPage(request, url) && isSearchResults(url),
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && isPage(request, url),
      handler: new NetworkFirst({
        cacheName: OFFLINE_PAGES_CACHE,
        networkTimeoutSeconds: 10,
        plugins: [onlyComplete(), withoutQuery, titled, bounded(OFFLINE_PAGES_CACHE)],
      }),
    },
    {
      // Their names change with their content: a build's new scripts replace the old, which age out.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: OFFLINE_STATIC_CACHE, plugins: [onlyComplete(), bounded(OFFLINE_STATIC_CACHE)] }),
    },
    {
      // Images a page shows, and those 离线阅读本期 fetches for the pages it saves.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && (request.destination === 'image' || (request.destination === '' && /\.(?:webp|jpe?g|png)$/i.test(url.pathname))),
      handler: new CacheFirst({ cacheName: OFFLINE_IMAGES_CACHE, plugins: [onlyComplete(), bounded(OFFLINE_IMAGES_CACHE)] }),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_HREF, matcher: ({ request }) => request.destination === 'document' }] },
});

serwist.addEventListeners();
