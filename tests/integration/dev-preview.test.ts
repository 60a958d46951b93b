import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SCHEDULED_ISSUE, FIXTURE_SITE_DIR } from '../support/fixture-content';
import { type RunningSite, startDevServer } from '../../scripts/support/next-site';
import { ensureChromium, launchChromium } from '../../scripts/support/chromium';
import { waitForHydration } from '../support/hydration';

const distDir = '.next-test-dev';
let contentDir: string;
let site: RunningSite;

beforeAll(async () => {
  contentDir = mkdtempSync(path.join(tmpdir(), 'preview-'));
  cpSync(FIXTURE_SITE_DIR, contentDir, { recursive: true });
  site = await startDevServer(contentDir, distDir);
}, 120_000);

/** Each test starts from the fixture as it is: what one edits never reaches the next. */
afterEach(() => {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(FIXTURE_SITE_DIR, contentDir, { recursive: true });
});

afterAll(async () => {
  await site?.stop();
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

async function get(pathname: string): Promise<{ status: number; html: string }> {
  const response = await fetch(site.url + pathname);
  return { status: response.status, html: await response.text() };
}

const article = (title: string) => `---\ntitle: ${title}\nsection: 健康\npage: 2\n---\n\n正文。\n`;

describe('npm run dev preview', () => {
  it('shows an edited, an added and a removed article, and a new issue, on the next page load', async () => {
    const edited = path.join(contentDir, '2024-12-02', 'yiliao-gaige.md');
    expect((await get('/issues/2024-12-02/yiliao-gaige')).html).toContain('县域医共体建设全面推开');

    writeFileSync(edited, article('预览中改过的标题'));
    expect((await get('/issues/2024-12-02/yiliao-gaige')).html).toContain('预览中改过的标题');

    writeFileSync(path.join(contentDir, '2024-12-02', 'xin-wen-zhang.md'), article('预览中新加的文章'));
    const added = await get('/issues/2024-12-02/xin-wen-zhang');
    expect(added.status).toBe(200);
    expect(added.html).toContain('预览中新加的文章');
    expect((await get('/issues/2024-12-02')).html).toContain('预览中新加的文章');

    mkdirSync(path.join(contentDir, '2024-12-23'));
    writeFileSync(path.join(contentDir, '2024-12-23', 'xin-yi-qi.md'), article('新一期的文章'));
    expect((await get('/issues/2024-12-23')).html).toContain('新一期的文章');
    expect((await get('/')).html).toContain('新一期的文章');

    unlinkSync(edited);
    expect((await get('/issues/2024-12-02/yiliao-gaige')).status).toBe(404);
    expect((await get('/issues/2024-12-02')).html).not.toContain('预览中改过的标题');
  }, 120_000);

  it('shows a scheduled issue, marked 预览（未出版）, without making it 最新一期', async () => {
    for (const pathname of [`/issues/${FIXTURE_SCHEDULED_ISSUE}`, `/issues/${FIXTURE_SCHEDULED_ISSUE}/yu-pai-gao-jian`, `/issues/${FIXTURE_SCHEDULED_ISSUE}/pages/01`]) {
      const { status, html } = await get(pathname);
      expect(status, pathname).toBe(200);
      expect(html, pathname).toContain('提前排好的一期');
      expect(html, pathname).toContain('预览（未出版）');
    }
    const published = await get('/issues/2024-12-16');
    expect(published.html).not.toContain('预览（未出版）');
    const home = await get('/');
    expect(home.html).toContain(`href="/issues/${FIXTURE_SCHEDULED_ISSUE}"`);
    expect(/最新一期[\s\S]*?<time dateTime="([^"]+)"/.exec(home.html)?.[1]).toBe('2024-12-16');
  }, 120_000);

  it('registers no service worker, so an editor never sees a kept copy of a page', async () => {
    ensureChromium();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // Every call the page makes to the service worker API, recorded from before its scripts run.
      await page.addInitScript(() => {
        const calls: string[] = [];
        Reflect.set(window, '__workerCalls', calls);
        const container = ServiceWorkerContainer.prototype;
        for (const name of ['register', 'getRegistrations'] as const) {
          const original = container[name];
          Object.defineProperty(container, name, {
            value(this: ServiceWorkerContainer, ...args: unknown[]) {
              calls.push(name);
              return Reflect.apply(original, this, args);
            },
          });
        }
      });
      await page.goto(`${site.url}/issues/2024-12-16`);
      await waitForHydration(page);
      // The registration effect has run once it has looked for workers left by a production run.
      await page.waitForFunction(() => Reflect.get(window, '__workerCalls').includes('getRegistrations'));
      // (React runs effects twice in development.)
      const calls: string[] = await page.evaluate(() => Reflect.get(window, '__workerCalls'));
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((call) => call !== 'getRegistrations')).toEqual([]);
      await expect(page.evaluate(() => navigator.serviceWorker.getRegistrations().then((registrations) => registrations.length))).resolves.toBe(0);
      await expect(page.getByRole('button', { name: '离线阅读本期' }).count()).resolves.toBe(1);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
