/**
 * npm run bench:article -- [site URL] [article path]: the JavaScript an article page loads before a
 * reader touches anything, and what each reading tool loads the first time it is used, gzip bytes as
 * they travel. Runs against a site already serving (npm start, or the export under nginx).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { ensureChromium, launchChromium } from './support/chromium';
import { speechSynthesisStub } from './support/speech-synthesis-stub';
import { kb } from './bench-parts/figures';

const [base = 'http://127.0.0.1:3000', articlePath] = process.argv.slice(2);

/** Records the gzip size of every script, data and worker response from now on. */
function recordLoads(page: Page) {
  const loads: Promise<{ url: string; gzip: number }>[] = [];
  const listener = (response: Response) => {
    const type = response.request().resourceType();
    if (!['script', 'fetch', 'xhr', 'other'].includes(type) || response.status() !== 200) return;
    loads.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length }), () => ({ url: response.url(), gzip: 0 })));
  };
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    const done = await Promise.all(loads);
    return { files: done.length, gzip: done.reduce((sum, { gzip }) => sum + gzip, 0) };
  };
}


async function main() {
  ensureChromium();
  const browser = await launchChromium();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // A silent voice, so that 朗读 loads and runs its code without audio.
  await page.addInitScript({ content: speechSynthesisStub([{ lang: 'zh-CN', name: 'bench' }]) });
  const path = articlePath ?? (await firstArticlePath(page));
  const beforeUse = recordLoads(page);
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  const initial = await beforeUse();
  console.log(`${path}: ${kb(initial.gzip)} of JavaScript before any use, ${initial.files} files`);

  const tools: [string, () => Promise<unknown>][] = [
    ['引用', () => page.getByRole('button', { name: '引用', exact: true }).click()],
    ['分享', () => page.getByRole('button', { name: '分享', exact: true }).click()],
    ['朗读', () => page.getByRole('button', { name: '朗读', exact: true }).click()],
    ['繁體', () => page.getByRole('button', { name: '繁體', exact: true }).click()],
  ];
  for (const [name, use] of tools) {
    if ((await page.getByRole('button', { name, exact: true }).count()) === 0) {
      console.log(`${name}: not on this page`);
      continue;
    }
    const firstUse = recordLoads(page);
    await use();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const loaded = await firstUse();
    console.log(`${name}: ${kb(loaded.gzip)} on first use, ${loaded.files} files`);
  }
  await browser.close();
}

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto(base);
  const href = await page.locator('main a[href^="/issues/"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? '').find((href) => /^\/issues\/\d{4}-\d{2}-\d{2}\/(?!pages\/)[^/]+$/.test(href)),
  );
  if (!href) throw new Error(`no article linked from ${base}`);
  return href;
}

await main();
