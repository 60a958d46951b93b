import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForHydration } from '../support/hydration';
import { withServiceWorker } from '../support/service-worker';
import { useBrowser } from '../support/use-browser';

const { siteUrl, newPage } = useBrowser();

const FULL_FIELDS = { path: '/issues/2024-12-16/full-fields', title: '老旧小区改造，改出幸福新生活' };
const NO_ORDER = { path: '/issues/2024-12-16/c-no-order' };
const XSS = { path: '/issues/2024-12-16/xss-attempt' };

const saveButton = (page: Page) => page.getByRole('group', { name: '阅读工具' }).getByRole('button', { name: '收藏' });
const region = (page: Page, name: RegExp) => page.getByRole('region', { name });
const titles = (page: Page, name: RegExp) => region(page, name).getByRole('listitem').getByRole('link').allInnerTexts();

async function readArticle(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await waitForHydration(page);
  return page.locator('h1').innerText();
}

async function openBookmarks(page: Page): Promise<void> {
  await page.goto('/bookmarks');
  await page.getByRole('heading', { name: /^收藏（\d+）$/ }).waitFor();
}

describe('收藏 and 阅读记录', () => {
  it('keep an article and the articles read, in this browser only, listed on 我的收藏 and cleared by the reader', async () => {
    const page = await newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || new URL(request.url()).origin !== siteUrl) sent.push(`${request.method()} ${request.url()}`);
    });

    const noOrderTitle = await readArticle(page, NO_ORDER.path);
    const xssTitle = await readArticle(page, XSS.path);
    await readArticle(page, FULL_FIELDS.path);
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await saveButton(page).click();
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('group', { name: '阅读工具' }).getByRole('status').first().innerText()).resolves.toBe('已收藏，可在“我的收藏”中找到');

    // Kept over a reload.
    await page.reload();
    await waitForHydration(page);
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');

    // 我的收藏, from the header.
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '我的收藏' }).click();
    await page.waitForURL('**/bookmarks');
    await page.getByRole('heading', { name: '收藏（1）' }).waitFor();
    await expect(titles(page, /^收藏/)).resolves.toEqual([FULL_FIELDS.title]);
    // The latest first, each once: full-fields was opened twice.
    await expect(titles(page, /^阅读记录/)).resolves.toEqual([FULL_FIELDS.title, xssTitle, noOrderTitle]);
    await expect(region(page, /^收藏/).getByRole('link', { name: FULL_FIELDS.title }).getAttribute('href')).resolves.toBe(FULL_FIELDS.path);

    // Let go of from the list, and the article's button says so.
    await page.getByRole('button', { name: `取消收藏：${FULL_FIELDS.title}` }).click();
    await page.getByRole('heading', { name: '收藏（0）' }).waitFor();
    await expect(page.getByRole('status').innerText()).resolves.toBe(`已取消收藏：${FULL_FIELDS.title}`);
    await readArticle(page, FULL_FIELDS.path);
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('false');

    // Kept again, pressed again: let go of from the article.
    await saveButton(page).click();
    await saveButton(page).click();
    await expect(page.getByRole('group', { name: '阅读工具' }).getByRole('status').first().innerText()).resolves.toBe('已取消收藏');

    await openBookmarks(page);
    await page.getByRole('button', { name: '清空阅读记录' }).click();
    await page.getByRole('heading', { name: '阅读记录（0）' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '阅读记录（0）' }).waitFor();
    await expect(page.getByRole('heading', { name: '收藏（0）' }).count()).resolves.toBe(1);

    expect(sent).toEqual([]);
  });

  it('ignores what it cannot read in the storage, and starts afresh', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('minsheng:library', '{"saved":[{"href":"javascript:alert(1)"}]'));
    await openBookmarks(page);
    await expect(page.getByRole('heading', { name: '收藏（0）' }).count()).resolves.toBe(1);
    await readArticle(page, FULL_FIELDS.path);
    await saveButton(page).click();
    await openBookmarks(page);
    await expect(titles(page, /^收藏/)).resolves.toEqual([FULL_FIELDS.title]);
  });

  it('find a kept article again offline', async () => {
    const page = await withServiceWorker(newPage({ serviceWorkers: 'allow' }));
    await readArticle(page, FULL_FIELDS.path);
    await saveButton(page).click();
    await expect(saveButton(page).getAttribute('aria-pressed')).resolves.toBe('true');

    await page.context().setOffline(true);
    await openBookmarks(page);
    const entry = region(page, /^收藏/).getByRole('listitem');
    await expect(entry.innerText()).resolves.toContain('可离线阅读');
    await entry.getByRole('link', { name: FULL_FIELDS.title }).click();
    await page.waitForURL(`**${FULL_FIELDS.path}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(FULL_FIELDS.title);
  });
});
