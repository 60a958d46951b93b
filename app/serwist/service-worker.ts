/// <reference lib="webworker" />
import { CacheFirst, CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, type PrecacheEntry, Serwist } from 'serwist';
import { OFFLINE_HREF, OFFLINE_IMAGES_CACHE, OFFLINE_PAGES_CACHE } from '@/lib/publishing/offline';

/**
 * The service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts) with the build's
 * scripts and styles as its precache manifest: the site's shell. Pages come from the network while
 * there is one, so new content shows on the next visit; every page opened (or saved with 离线阅读本期)
 * is kept for when there is none. Only 200 answers are kept, never an error page.
 */

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const onlyComplete = () => new CacheableResponsePlugin({ statuses: [200] });

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      // A page, not a file opened on its own (a photo's large size, a page's PDF), which the offline list would read as one.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === 'navigate' && !/\.(?:webp|jpe?g|png|pdf)$/i.test(url.pathname),
      handler: new NetworkFirst({ cacheName: OFFLINE_PAGES_CACHE, networkTimeoutSeconds: 10, plugins: [onlyComplete()] }),
    },
    {
      // Scripts left out of the precache (the 繁體 dictionary), kept once used; their names change with their content.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'minsheng-static', plugins: [onlyComplete()] }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
      handler: new CacheFirst({
        cacheName: OFFLINE_IMAGES_CACHE,
        plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 90 })],
      }),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_HREF, matcher: ({ request }) => request.destination === 'document' }] },
});

serwist.addEventListeners();
