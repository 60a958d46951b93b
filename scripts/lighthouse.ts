/**
 * npm run lighthouse: builds the site from CONTENT_DIR into a folder of its own, serves it with
 * `next start` on loopback, runs Lighthouse (mobile defaults) in Debian's Chromium against the first
 * article, and prints the four category scores. Targets: SEO, accessibility, best practices 100;
 * performance at least 95. The whole report is left in .next-lighthouse/lighthouse-report.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { getContent } from '../lib/content';
import { articleHref } from '../lib/routes';

const NEXT_BIN = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');
const DIST_DIR = '.next-lighthouse';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const [article] = getContent().articles.values();
if (!article) throw new Error('No article to audit in the content folder.');

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' };
console.log(`Building into ${DIST_DIR} …`);
const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], { env, detached: true, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const url = origin + articleHref(article.date, article.slug);
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
    if (score < 100) {
      for (const ref of category?.auditRefs ?? []) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`    ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
      }
    }
  }
  process.exitCode = missed > 0 ? 1 : 0;
} finally {
  await chrome.kill();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
