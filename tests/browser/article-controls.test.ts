import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FONT_SIZES_PX } from '../../lib/reading/preferences';
import { articleHref } from '../../lib/publishing/routes';
import { fixtureArticle, fixtureContent } from '../support/fixture-content';
import { copyTextOf } from '../support/copy-text';
import { waitForHydration } from '../support/hydration';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const articlePath = '/issues/2024-12-16/full-fields';

const bodyFontSize = (page: Page) =>
  page.locator('.article-body').evaluate((node) => parseFloat(getComputedStyle(node).fontSize));

/** The copy is asynchronous (the Clipboard API): the status says so once it is done. */
const untilCopied = (page: Page) => page.getByRole('status').getByText('已复制全文', { exact: true }).waitFor();

/** Opens an article and waits until its controls respond. */
async function openArticle(page: Page, path = articlePath) {
  await page.goto(path);
  await waitForHydration(page);
}

describe('放大 / 缩小', () => {
  it('change the body font size step by step and stop at the ends', async () => {
    const page = await newPage();
    await openArticle(page);
    const zoomIn = page.getByRole('button', { name: '放大' });
    const zoomOut = page.getByRole('button', { name: '缩小' });
    const start = await bodyFontSize(page);
    expect(start).toBe(18);

    await zoomIn.click();
    await expect(bodyFontSize(page)).resolves.toBe(20);
    while (await zoomIn.isEnabled()) await zoomIn.click();
    await expect(bodyFontSize(page)).resolves.toBe(Math.max(...FONT_SIZES_PX));
    await expect(zoomOut.isEnabled()).resolves.toBe(true);

    while (await zoomOut.isEnabled()) await zoomOut.click();
    await expect(bodyFontSize(page)).resolves.toBe(Math.min(...FONT_SIZES_PX));
    await expect(zoomIn.isEnabled()).resolves.toBe(true);
  });

  it('are remembered across reloads and articles, applied before first paint', async () => {
    const page = await newPage();
    await openArticle(page);
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await expect(bodyFontSize(page)).resolves.toBe(22);

    // Record the body's size the moment the parser inserts it, before any app script has run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const body = document.querySelector('.article-body');
        if (!body) return;
        Reflect.set(window, '__sizeWhenParsed', getComputedStyle(body).fontSize);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await openArticle(page);
    await expect(page.evaluate(() => Reflect.get(window, '__sizeWhenParsed'))).resolves.toBe('22px');
    await expect(bodyFontSize(page)).resolves.toBe(22);

    await openArticle(page, '/issues/2024-12-02/shequ-yanglao');
    await expect(bodyFontSize(page)).resolves.toBe(22);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect(bodyFontSize(page)).resolves.toBe(20);
  });
});

describe('全文复制', () => {
  const article = fixtureArticle('2024-12-16', 'full-fields');

  it('puts the whole article in the clipboard as plain text and says so', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openArticle(page);
    await page.getByRole('button', { name: '全文复制' }).click();
    await untilCopied(page);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(copyTextOf(article));
    expect(copied.startsWith(`${article.kicker}\n${article.title}\n`)).toBe(true);
  });

  it('copies, read from the page, exactly the text the Markdown holds, on every article', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const articles = [...fixtureContent.articles.values()];
    expect(articles.length).toBeGreaterThan(20);
    for (const listed of articles) {
      const { date, slug } = listed;
      await openArticle(page, articleHref(date, slug));
      await page.getByRole('button', { name: '全文复制' }).click();
      await untilCopied(page);
      expect(await page.evaluate(() => navigator.clipboard.readText()), articleHref(date, slug)).toBe(copyTextOf(listed));
    }
  });

  it('falls back to a selection copy where the Clipboard API is missing', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      Reflect.set(window, '__realClipboard', navigator.clipboard);
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await openArticle(page);
    await page.getByRole('button', { name: '全文复制' }).click();
    await untilCopied(page);
    const copied = await page.evaluate(() => {
      const clipboard: unknown = Reflect.get(window, '__realClipboard');
      return clipboard instanceof Clipboard ? clipboard.readText() : 'no clipboard';
    });
    expect(copied).toBe(copyTextOf(article));
  });

  it('says so when copying fails', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      document.execCommand = () => false;
    });
    await openArticle(page);
    await page.getByRole('button', { name: '全文复制' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('复制失败，请选中正文后手动复制');
  });
});
