/**
 * What a build does after Next has written the pages, in `npm run build` (on `.next/`, or
 * NEXT_DIST_DIR) and in `npm run export` (on the export):
 * - every prerendered HTML page loads the framework's scripts and its data on the reader's first
 *   gesture (lib/publishing/deferred-scripts.ts), its data written among the build's static files;
 * - and then gets its Content-Security-Policy (lib/publishing/content-security-policy.ts);
 * - the push manifest records the build's URLs for `npm run submit` (lib/submit/push-manifest.ts).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/site-content';
import { withPagePolicy } from '../lib/publishing/content-security-policy';
import { PAGE_DATA_FOLDER, deferScripts } from '../lib/publishing/deferred-scripts';
import { siteUrl } from '../lib/site';
import { builtSitemapUrls, pushManifest, writePushManifest } from '../lib/submit/push-manifest';

/** Defers the scripts of every page in `folder`, writing each page's data to `dataDir`, then secures it. */
export function finishHtmlFiles(folder: string, dataDir: string): number {
  let count = 0;
  mkdirSync(dataDir, { recursive: true });
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = path.join(folder, name);
    const html = readFileSync(file, 'utf8');
    const deferred = deferScripts(html);
    if (deferred.data) writeFileSync(path.join(dataDir, deferred.data.name), deferred.data.text);
    const finished = withPagePolicy(deferred.html);
    if (finished !== html) writeFileSync(file, finished);
    count++;
  }
  return count;
}

/**
 * `pagesDir` holds the pages (`.next/server/app`, or the export itself), `staticDir` what is served
 * at `/_next/static/`; the manifest goes in `outputDir`.
 */
export function finishBuild(outputDir: string, pagesDir: string, staticDir: string): { pages: number; urls: number } {
  const pages = finishHtmlFiles(pagesDir, path.join(staticDir, PAGE_DATA_FOLDER));
  const manifest = pushManifest(builtSitemapUrls(pagesDir), contentDir(), siteUrl());
  writePushManifest(outputDir, manifest);
  return { pages, urls: manifest.entries.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outputDir = process.env.NEXT_DIST_DIR ?? '.next';
  const { pages, urls } = finishBuild(outputDir, path.join(outputDir, 'server', 'app'), path.join(outputDir, 'static'));
  console.log(`Scripts deferred and Content-Security-Policy added in ${pages} pages; ${urls} URLs recorded for npm run submit.`);
}
