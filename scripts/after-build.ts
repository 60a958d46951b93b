/**
 * What a build does after Next has written the pages, in `npm run build` (on `.next/`, or
 * NEXT_DIST_DIR) and in `npm run export` (on the export):
 * - every prerendered HTML page gets its Content-Security-Policy (lib/publishing/content-security-policy.ts);
 * - the push manifest records the build's URLs for `npm run submit` (lib/submit/push-manifest.ts).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/site-content';
import { withPagePolicy } from '../lib/publishing/content-security-policy';
import { siteUrl } from '../lib/site';
import { builtSitemapUrls, pushManifest, writePushManifest } from '../lib/submit/push-manifest';

export function secureHtmlFiles(folder: string): number {
  let count = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = path.join(folder, name);
    const html = readFileSync(file, 'utf8');
    const secured = withPagePolicy(html);
    if (secured !== html) writeFileSync(file, secured);
    count++;
  }
  return count;
}

/** `pagesDir` holds the pages (`.next/server/app`, or the export itself); the manifest goes in `outputDir`. */
export function finishBuild(outputDir: string, pagesDir: string): { pages: number; urls: number } {
  const pages = secureHtmlFiles(pagesDir);
  const manifest = pushManifest(builtSitemapUrls(pagesDir), contentDir(), siteUrl());
  writePushManifest(outputDir, manifest);
  return { pages, urls: manifest.entries.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outputDir = process.env.NEXT_DIST_DIR ?? '.next';
  const { pages, urls } = finishBuild(outputDir, path.join(outputDir, 'server', 'app'));
  console.log(`Content-Security-Policy added to ${pages} pages; ${urls} URLs recorded for npm run submit.`);
}
