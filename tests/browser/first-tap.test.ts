import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../support/fixture-content';
import { copyTextOf } from '../support/copy-text';
import { readQrCode } from '../support/read-qr-code';
import { useBrowser } from '../support/use-browser';
import { isHydrated as hydrated, untilHydrated } from '../support/hydration';
import { speechSynthesisStub } from '../../scripts/support/speech-synthesis-stub';

const { siteUrl, newPage } = useBrowser();
const article = fixtureArticle('2024-12-16', 'full-fields');
const articlePath = '/issues/2024-12-16/full-fields';

const bodyFontSize = (page: Page) => page.locator('.article-body').evaluate((node) => getComputedStyle(node).fontSize);

/**
 * Opens the article with every script held back on the network until `release` is called: the
 * reader's first taps land while the page is still the HTML alone.
 */
async function openWithScriptsHeld(page: Page, path = articlePath): Promise<{ release: () => void; requested: string[] }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route('**/_next/static/**/*.js', async (route) => {
    requested.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(path);
  return { release, requested };
}

describe('the article page as it loads', () => {
  it('fetches no script until the reader reaches for it, and holds the article’s text once', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(articlePath, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    expect(scripts).toEqual([]);
    await expect(hydrated(page)).resolves.toBe(false);

    // The page listens for the first touch, but passively: scrolling never waits for it.
    const cdp = await page.context().newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? expect.unreachable() });
    const scrollEvents = listeners.filter(({ type }) => ['touchstart', 'touchmove', 'wheel', 'mousewheel'].includes(type));
    expect(scrollEvents.map(({ type, passive }) => `${type}${passive ? ' (passive)' : ''}`)).toEqual(['touchstart (passive)']);

    await page.mouse.move(10, 10);
    await untilHydrated(page);
    expect(scripts.length).toBeGreaterThan(0);

    // The last paragraph is in no description or structured data: only the body holds it.
    const last = article.blocks.at(-1)?.text ?? expect.unreachable();
    const html = await (await fetch(siteUrl + articlePath)).text();
    expect(html.split(last)).toHaveLength(2);
  });
});

describe('every control at the first tap, while the scripts are still on their way', () => {
  it('放大 and 缩小 change the size at once', async () => {
    const page = await newPage();
    const { release, requested } = await openWithScriptsHeld(page);
    await expect(bodyFontSize(page)).resolves.toBe('18px');
    await page.getByRole('button', { name: '放大' }).click();
    await expect(bodyFontSize(page)).resolves.toBe('20px');
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '缩小' }).click();
    await expect(bodyFontSize(page)).resolves.toBe('20px');
    expect(requested.length).toBeGreaterThan(0);
    await expect(hydrated(page)).resolves.toBe(false);

    release();
    await untilHydrated(page);
    // The controls take over from the size the reader chose.
    await page.getByRole('button', { name: '放大' }).click();
    await expect(bodyFontSize(page)).resolves.toBe('22px');
  });

  it('全文复制 copies the article once the scripts arrive', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { release } = await openWithScriptsHeld(page);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('button', { name: '全文复制' }).click();
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    await page.getByRole('status').getByText('已复制全文').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(copyTextOf(article));
  });

  it('分享 opens with the QR code of the article', async () => {
    const page = await newPage();
    const { release } = await openWithScriptsHeld(page);
    await page.getByRole('button', { name: '分享' }).click();
    release();
    const code = page.getByRole('img', { name: '本文链接的二维码' });
    await code.waitFor();
    await expect(readQrCode(await code.screenshot())).resolves.toBe(siteUrl + articlePath);
  });

  it('→ goes to the next article', async () => {
    const page = await newPage();
    const { release } = await openWithScriptsHeld(page);
    await page.locator('body').press('ArrowRight');
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    await page.waitForURL('**/issues/2024-12-16/xss-attempt');
  });

  it('a photo opens large over the page (查看大图), not as a file of its own', async () => {
    const page = await newPage();
    const path = '/issues/2024-12-02/tu-wen-shi-tang';
    const { release } = await openWithScriptsHeld(page, path);
    await page.locator('.article-body figure a').first().click();
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    await page.getByRole('dialog', { name: '大图' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
  });

  // The viewer starts listening in an effect, which may run well after the page has hydrated: here
  // everything that effect does to the article's body is held back a second.
  it('a photo tapped early waits for 查看大图 even when it starts listening late', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const late = (element: unknown) => element instanceof Element && element.classList.contains('article-body');
      const listen = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof listen>) {
        if (late(this) && args[0] === 'click') setTimeout(() => listen.apply(this, args), 1000);
        else listen.apply(this, args);
      };
      const set = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (late(this)) setTimeout(() => set.call(this, name, value), 1000);
        else set.call(this, name, value);
      };
    });
    const path = '/issues/2024-12-02/tu-wen-shi-tang';
    const { release } = await openWithScriptsHeld(page, path);
    await page.locator('.article-body figure a').first().click();
    release();
    await page.getByRole('dialog', { name: '大图' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
  });

  it('引用 opens with the article’s references', async () => {
    const page = await newPage();
    const { release } = await openWithScriptsHeld(page);
    await page.getByRole('button', { name: '引用' }).click();
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    const references = page.locator('section[aria-label]:not([hidden]) [data-citation]');
    await references.first().waitFor();
    await expect(references.count()).resolves.toBe(3);
    for (const text of await references.allInnerTexts()) expect(text).toContain('老旧小区改造，改出幸福新生活');
  });

  it('朗读 starts reading with the title', async () => {
    const page = await newPage();
    await page.addInitScript({ content: speechSynthesisStub([{ lang: 'zh-CN', name: 'putonghua' }]) });
    const { release } = await openWithScriptsHeld(page);
    await page.getByRole('button', { name: '朗读' }).click();
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    await page.waitForFunction(() => Reflect.get(window, '__speech').spoken.length === 1);
    await expect(page.evaluate(() => Reflect.get(window, '__speech').spoken[0].text)).resolves.toBe('老旧小区改造，改出幸福新生活');
  });

  it('繁體 converts the page', async () => {
    const page = await newPage();
    const { release } = await openWithScriptsHeld(page);
    await page.getByRole('button', { name: '繁體' }).click();
    await expect(hydrated(page)).resolves.toBe(false);
    release();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await expect(page.locator('h1').innerText()).resolves.toBe('老舊小區改造，改出幸福新生活');
  });

  it('深色模式 turns the page dark and is remembered', async () => {
    const page = await newPage({ colorScheme: 'light' });
    const { release } = await openWithScriptsHeld(page);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await page.getByRole('button', { name: '深色模式' }).click();
    release();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
    await expect(page.getByRole('button', { name: '深色模式' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
  });
});
