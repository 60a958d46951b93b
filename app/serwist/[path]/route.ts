import { randomUUID } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';
import { OFFLINE_HREF } from '@/lib/publishing/offline';
import { BOOKMARKS_HREF } from '@/lib/publishing/routes';

/** `npm run export` (next.config.ts): Next then builds in `.next` and writes the export to the custom distDir. */
const exportBuild = process.env.STATIC_EXPORT === '1' ? { nextConfig: { distDir: '.next' } } : {};

/**
 * `/serwist/sw.js`, the service worker (app/serwist/service-worker.ts), bundled at build time with the
 * build's own scripts and styles as its precache list, and the offline page and 我的收藏 under a
 * revision of their own build. Served with `Service-Worker-Allowed: /`, so it controls the whole site.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/serwist/service-worker.ts',
  // 我的收藏 too, so that kept articles can be found again offline.
  additionalPrecacheEntries: [OFFLINE_HREF, BOOKMARKS_HREF].map((url) => ({ url, revision: randomUUID() })),
  useNativeEsbuild: true,
  // The shell, without the 1 MB dictionary of 繁體 (kept once a reader uses it), so that no reader
  // downloads it in the background.
  maximumFileSizeToCacheInBytes: 512 * 1024,
  ...exportBuild,
});
