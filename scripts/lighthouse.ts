/**
 * npm run lighthouse: builds the site from CONTENT_DIR into a folder of its own, serves it with
 * `next start` on loopback, runs Lighthouse (mobile defaults) in Debian's Chromium against the first
 * article, and prints the four category scores. Targets: SEO, accessibility, best practices 100;
 * performance at least 95. The whole report is left in .next-lighthouse/lighthouse-report.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { contentDir, getContent } from '../lib/content/content-index';
import { articleHref } from '../lib/publishing/routes';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { buildSite, freeLoopbackPort, serveBuild } from './support/next-site';

const DIST_DIR = '.next-lighthouse';
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const [article] = getContent().articles.values();
if (!article) throw new Error('No article to audit in the content folder.');

const port = await freeLoopbackPort();
console.log(`Building into ${DIST_DIR} …`);
// The canonical URLs must name the audited server, or the SEO audit counts them as pointing elsewhere.
const build = await buildSite(contentDir(), DIST_DIR, { SITE_URL: `http://127.0.0.1:${port}` });
if (build.code !== 0) throw new Error(build.output);
const site = await serveBuild(contentDir(), DIST_DIR, port);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  const url = site.url + articleHref(article.date, article.slug);
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync(path.join(DIST_DIR, 'lighthouse-report.json'), JSON.stringify(result.lhr, null, 2));
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${result.lhr.configSettings.formFactor}, ${url}`);
  let missed = 0;
  for (const [id, target] of Object.entries(TARGETS)) {
    const category = result.lhr.categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    if (score < target) missed++;
    console.log(`${(category?.title ?? id).padEnd(16)} ${String(score).padStart(3)}  (target ${target})`);
    for (const ref of score < 100 ? (category?.auditRefs ?? []) : []) {
      const audit = result.lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
  process.exitCode = missed > 0 ? 1 : 0;
} finally {
  await chrome.kill();
  await site.stop();
}
