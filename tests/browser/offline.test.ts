import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { OFFLINE_PAGES_CACHE } from '../../lib/publishing/offline';
import { articleHref } from '../../lib/publishing/routes';
import { fixtureArticle } from '../support/fixture-content';
import { waitForHydration } from '../support/hydration';
import { useBrowser } from '../support/use-browser';
import { withServiceWorker } from '../support/service-worker';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/support/chromium';

const { newPage } = useBrowser();
const OFFLINE_HEADING = '当前没有网络连接';
const article = fixtureArticle('2024-12-16', 'full-fields');
const neverOpened = fixtureArticle('2024-12-02', 'yiliao-gaige');
/** What 离线阅读本期 on the 2024-12-16 contents must save: the contents, then each page view and its articles. */
const ISSUE_PATHS = [
  '/issues/2024-12-16',
  '/issues/2024-12-16/pages/01',
  '/issues/2024-12-16/b-kuaixun',
  '/issues/2024-12-16/a-zhuanti',
  '/issues/2024-12-16/c-no-order',
  '/issues/2024-12-16/pages/03',
  '/issues/2024-12-16/full-fields',
  '/issues/2024-12-16/pages/05',
  '/issues/2024-12-16/xss-attempt',
];

const pageWithServiceWorker = (baseURL: string) => withServiceWorker(newPage({ baseURL, serviceWorkers: 'allow' }));

const heading = (page: Page) => page.locator('h1').innerText();
const savedPaths = (page: Page) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), OFFLINE_PAGES_CACHE);

const servers = { 'next start': () => inject('siteUrl'), 'the static export under nginx': () => inject('exportUrl') };

for (const [server, baseUrl] of Object.entries(servers)) {
  describe(`reading offline, from ${server}`, () => {
    it('opens again every page a reader opened; a page never opened shows the offline page, with links to what is saved', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      await page.goto(articleHref(article.date, article.slug));
      await expect(heading(page)).resolves.toBe(article.title);

      await page.context().setOffline(true);
      await page.goto(articleHref(article.date, article.slug));
      await expect(heading(page)).resolves.toBe(article.title);
      await expect(page.locator('.article-body').innerText()).resolves.toContain(article.summary);

      await page.goto(articleHref(neverOpened.date, neverOpened.slug));
      await expect(heading(page)).resolves.toBe(OFFLINE_HEADING);
      const saved = page.getByRole('region', { name: /已保存的页面/ }).getByRole('link', { name: article.title });
      await saved.click();
      await page.waitForURL(`**${articleHref(article.date, article.slug)}`);
      await expect(heading(page)).resolves.toBe(article.title);
    });

    it('saves a whole issue with 离线阅读本期, with progress; every page of it and its scan open offline', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      await page.goto('/issues/2024-12-16');
      await waitForHydration(page);
      const paths = ISSUE_PATHS;
      await page.getByRole('button', { name: '离线阅读本期' }).click();
      const status = page.getByText(/本期已保存|未能保存/);
      await status.waitFor({ timeout: 20_000 });
      await expect(status.innerText()).resolves.toBe(`本期已保存，共${paths.length}个页面，没有网络时也能阅读`);
      await expect(page.getByRole('progressbar', { name: '保存进度' }).getAttribute('value')).resolves.toBe(String(paths.length));

      await page.context().setOffline(true);
      for (const path of paths) {
        await page.goto(path);
        await expect(heading(page), path).resolves.not.toBe(OFFLINE_HEADING);
      }
      await page.goto('/issues/2024-12-16/pages/01');
      const scan = page.locator('img[srcset*="scan-"]').first();
      await expect(scan.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).resolves.toBeGreaterThan(0);
    });

    it('never keeps an error page, and takes new content from the network on the next visit', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      const missing = '/issues/2024-12-17';
      expect((await page.goto(missing))?.status()).toBe(404);
      expect(await savedPaths(page)).not.toContain(missing);

      const path = articleHref(article.date, article.slug);
      await page.evaluate(
        async ({ name, path }) => {
          const stale = '<!DOCTYPE html><html lang="zh-CN"><title>旧</title><h1>旧版本</h1></html>';
          await (await caches.open(name)).put(path, new Response(stale, { headers: { 'Content-Type': 'text/html' } }));
        },
        { name: OFFLINE_PAGES_CACHE, path },
      );
      await page.goto(path);
      await expect(heading(page)).resolves.toBe(article.title);

      await page.context().setOffline(true);
      await page.goto(path);
      await expect(heading(page)).resolves.toBe(article.title);
      await page.goto(missing);
      await expect(heading(page)).resolves.toBe(OFFLINE_HEADING);
    });

    it('never keeps search results, and keeps a page once whatever query its address carries', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      const path = articleHref(article.date, article.slug);
      await page.goto(`/search?q=${encodeURIComponent('养老')}`);
      await page.goto(`${path}?from=singlemessage&isappinstalled=0`);
      await page.goto(`${path}?from=timeline`);
      const keys = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url), OFFLINE_PAGES_CACHE);
      expect(keys.filter((url) => new URL(url).pathname === path)).toHaveLength(1);
      expect(keys.filter((url) => url.includes('?'))).toEqual([]);

      await page.context().setOffline(true);
      await page.goto(`${path}?from=groupmessage`);
      await expect(heading(page)).resolves.toBe(article.title);
      await page.goto(`/search?q=${encodeURIComponent('养老')}`);
      await expect(heading(page)).resolves.toBe(OFFLINE_HEADING);
    });

    it('lists saved pages by the title kept beside each, without reading the pages back', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      const path = articleHref(article.date, article.slug);
      await page.goto(path);
      // The page kept is replaced by one with another title but the same headers: the list must not look inside.
      await page.evaluate(
        async ({ name, path }) => {
          const cache = await caches.open(name);
          const kept = await cache.match(path);
          if (!kept) throw new Error(`${path} was not kept`);
          await cache.put(path, new Response('<!DOCTYPE html><title>页面里的另一个标题 - 民生周刊</title><h1>另一个</h1>', { headers: kept.headers }));
        },
        { name: OFFLINE_PAGES_CACHE, path },
      );
      await page.goto('/offline');
      const saved = page.getByRole('region', { name: /已保存的页面/ });
      await saved.getByRole('link', { name: article.title, exact: true }).waitFor();
      await expect(saved.getByRole('link', { name: '页面里的另一个标题' }).count()).resolves.toBe(0);
    });

    it('lets pages past the cache’s age or number go: 30 days, 300 pages', async () => {
      const page = await pageWithServiceWorker(baseUrl());
      const old = articleHref(article.date, article.slug);
      const other = articleHref(neverOpened.date, neverOpened.slug);
      await page.goto(old);
      await page.goto('/issues/2024-12-16');
      expect(await savedPaths(page)).toEqual(expect.arrayContaining([old, '/issues/2024-12-16']));

      /** Rewrites the times the service worker recorded for the pages it keeps (serwist's expiration records). */
      const setKeptTimes = (times: { path: string; daysAgo: number }[], fillers = 0) =>
        page.evaluate(
          async ({ name, times, fillers }) => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const open = indexedDB.open('serwist-expiration');
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            const store = db.transaction('cache-entries', 'readwrite').objectStore('cache-entries');
            const day = 24 * 60 * 60 * 1000;
            for (const { path, daysAgo } of times) {
              const url = new URL(path, location.origin).href;
              store.put({ id: `${name}|${url}`, cacheName: name, url, timestamp: Date.now() - daysAgo * day });
            }
            // Pages kept a minute ago, newer than any above: they fill the cache's number.
            for (let index = 0; index < fillers; index++) {
              const url = new URL(`/filler/${index}`, location.origin).href;
              store.put({ id: `${name}|${url}`, cacheName: name, url, timestamp: Date.now() - 60_000 });
            }
            await new Promise((resolve) => (store.transaction.oncomplete = resolve));
            db.close();
          },
          { name: OFFLINE_PAGES_CACHE, times, fillers },
        );

      // Kept 31 days ago: the next page kept sends it away.
      await setKeptTimes([{ path: old, daysAgo: 31 }, { path: '/issues/2024-12-16', daysAgo: 29 }]);
      await page.goto(other);
      await expect.poll(() => savedPaths(page)).not.toContain(old);
      expect(await savedPaths(page)).toEqual(expect.arrayContaining(['/issues/2024-12-16', other]));
      await page.context().setOffline(true);
      await page.goto(old);
      await expect(heading(page)).resolves.toBe(OFFLINE_HEADING);
      await page.context().setOffline(false);

      // 299 pages kept since: with the next one, the contents page is the 301st newest and goes.
      await setKeptTimes([{ path: '/issues/2024-12-16', daysAgo: 1 }], 299);
      await page.goto(old);
      await expect.poll(() => savedPaths(page)).not.toContain('/issues/2024-12-16');
      expect(await savedPaths(page)).toContain(old);
    });
  });
}

describe('the installed site', () => {
  it('has a web app manifest Chromium finds installable: name, icons, theme colour', async () => {
    // Installing needs a profile of its own: Chromium never installs from an incognito context.
    const profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, baseURL: inject('siteUrl') });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await (await page.request.get(manifestHref ?? '')).json();
      expect(manifest).toMatchObject({ name: '民生周刊 数字版', short_name: '民生周刊', display: 'standalone', theme_color: '#b3121b', start_url: '/' });
      const session = await context.newCDPSession(page);
      const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
