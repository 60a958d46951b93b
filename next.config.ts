import path from 'node:path';
import type { NextConfig } from 'next';
import { withSerwist } from '@serwist/turbopack';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { SECURITY_HEADERS } from './lib/publishing/content-security-policy';
import { SERVICE_WORKER_CACHE_CONTROL } from './lib/publishing/offline';
import { INDEXNOW_KEY_ROUTE, indexNowKey, indexNowKeyPath } from './lib/submit/indexnow-key';
import { PUBLISH_UNTIL_VARIABLE, publicationCutOff } from './lib/content/publication';
import { PARSE_CACHE_VARIABLE, PARSE_CACHE_VERSION_VARIABLE, parseCacheVersion } from './lib/content/parse-cache';
import { ISSUE_PDF_CACHE_VARIABLE } from './lib/publishing/issue-pdf-cache';

/** Tests and benchmarks build into a folder of their own so they never clobber the site's `.next`. */
const separateBuildDir = process.env.NEXT_DIST_DIR;
const distDir = separateBuildDir ?? '.next';
/** `npm run export`: the whole site as static files (nginx sends the headers then; see deploy/). */
const staticExport = process.env.STATIC_EXPORT === '1';
const indexNow = indexNowKey();

const nextConfig: NextConfig = {
  output: staticExport ? 'export' : undefined,
  distDir,
  poweredByHeader: false,
  // Build-time libraries are required from node_modules as they are rather than bundled into the
  // server chunks: the build compiles about 3 s less, and every build worker shares Node's module cache.
  serverExternalPackages: [
    'remark',
    'remark-gfm',
    'remark-html',
    'remark-cjk-friendly',
    'remark-cjk-friendly-gfm-strikethrough',
    'mdast-util-find-and-replace',
    'mdast-util-to-markdown',
    'mdast-util-to-string',
    'gray-matter',
    'yaml',
    'zod',
    'image-size',
    '@serwist/turbopack',
  ],
  reactStrictMode: true,
  experimental: {
    // Links never prefetch (README), so bundling small segments into prefetch responses serves no
    // reader; measuring them for it costs static generation about a quarter of its time.
    prefetchInlining: false,
  },
  typescript: separateBuildDir
    ? {
        // npm test type-checks on its own; and through a tsconfig that extends the main one,
        // Next leaves tsconfig.json alone instead of adding every separate build folder to it.
        ignoreBuildErrors: true,
        tsconfigPath: 'scripts/support/tsconfig.separate-build.json',
      }
    : {},
  ...(staticExport
    ? {}
    : {
        headers: async () => [
          { source: '/:path*', headers: SECURITY_HEADERS },
          // Pages keep Next's own Cache-Control (a year in shared caches for prerendered pages, none
          // for errors). The service worker must reach browsers the moment a build replaces it.
          { source: '/serwist/:path*', headers: [{ key: 'Cache-Control', value: SERVICE_WORKER_CACHE_CONTROL }] },
        ],
        // The IndexNow key file at /<key>.txt (scripts/export.ts copies it there in an export).
        rewrites: async () => (indexNow ? [{ source: indexNowKeyPath(indexNow), destination: INDEXNOW_KEY_ROUTE }] : []),
      }),
};

/**
 * The static-generation worker keeps the whole archive in memory while it renders page after page.
 * A larger young generation lets each page's short-lived objects die there instead of being promoted
 * to the old generation, every collection of which walks the whole archive. Next.js passes
 * NODE_OPTIONS on to its build workers.
 */
const BUILD_WORKER_NODE_OPTION = '--max-semi-space-size=64';

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const nodeOptions = process.env.NODE_OPTIONS ?? '';
    if (!nodeOptions.includes('--max-semi-space-size')) process.env.NODE_OPTIONS = `${nodeOptions} ${BUILD_WORKER_NODE_OPTION}`.trim();
    // One cut-off for every build worker, even when the build runs past midnight in Beijing.
    process.env[PUBLISH_UNTIL_VARIABLE] = publicationCutOff();
    console.log(`Publishing the issues dated up to ${process.env[PUBLISH_UNTIL_VARIABLE]} (${PUBLISH_UNTIL_VARIABLE}, Beijing time by default).`);
    // Parsed articles kept for the next build in the build folder's cache/, which Next.js keeps
    // between builds as it does its compiler's cache (lib/content/parse-cache.ts).
    process.env[PARSE_CACHE_VARIABLE] ??= path.resolve(distDir, 'cache', 'content', 'articles.v8');
    // 全本PDF, merged once and kept while its pages are unchanged (lib/publishing/issue-pdf.ts).
    process.env[ISSUE_PDF_CACHE_VARIABLE] ??= path.resolve(distDir, 'cache', 'content', 'issue-pdfs');
    process.env[PARSE_CACHE_VERSION_VARIABLE] ??= parseCacheVersion(process.cwd());
  }
  // withSerwist keeps esbuild, which bundles the service worker, out of the server bundle.
  return withSerwist(nextConfig);
}
