import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_MAX_CHARACTERS, clipText } from '../../lib/content/labels';
import { ensureChromium, launchChromium } from '../../scripts/support/chromium';
import { type RunningSite, buildAndServe } from '../../scripts/support/next-site';
import { nextFrame, untilHydrated } from '../support/hydration';

const HOSTILE_SITE = path.resolve('tests', 'fixtures', 'hostile-site');
const vectors: { slug: string; marker: number; vector: string }[] = JSON.parse(readFileSync(path.join(HOSTILE_SITE, 'vectors.json'), 'utf8'));
/** Fixture articles tested on their own below, not as vectors. */
const NOT_VECTORS = ['front-matter-script', 'harmless-formatting'];
/** Elements, event handlers and URLs that must never reach a page from content, found in its DOM. */
function dangerousMarkup(root: Element): string[] {
  const found: string[] = [];
  const tags = 'script, iframe, frame, object, embed, meta, style, base, form, link, svg, math, input, video, audio, source, details, body';
  for (const element of root.querySelectorAll(tags)) found.push(`<${element.localName}>`);
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`${element.localName} ${name}`);
      if (['href', 'src', 'action', 'formaction', 'data', 'style'].includes(name) && /^\s*(javascript|vbscript|data):|url\(/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
        found.push(`${element.localName} ${name}=${value}`);
      }
    }
  }
  return found;
}

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  ensureChromium();
  site = await buildAndServe(HOSTILE_SITE, '.next-test-hostile');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Opens a page, clicks every link and button in the article body, and reports what ran. */
async function visit(pathname: string): Promise<{ page: Page; dialogs: string[]; injected: unknown }> {
  const context = await browser.newContext();
  // Nothing leaves the machine: only the site under test answers.
  await context.route((url) => url.origin !== site.url, (route) => route.abort());
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url + pathname);
  // Whatever could run a script when activated: links without a web address, buttons, form parts.
  for (const target of await page.locator('.article-body :is(a:not([href^="http"]), button, summary, input)').all()) {
    await target.click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
  }
  // Whatever a click or a failed load would run has run by the frame after the load, and after the
  // scripts the first click fetched have taken over the page and pressed again what it was.
  await page.waitForLoadState('load');
  await page.mouse.move(3, 3);
  await untilHydrated(page);
  await nextFrame(page);
  const injected = await page.evaluate(() => Reflect.get(window, '__x'));
  return { page, dialogs, injected };
}

describe(`hostile content (${vectors.length} vectors)`, () => {
  it('has a fixture article for every vector, and a vector for every fixture article', () => {
    const articles = readdirSync(path.join(HOSTILE_SITE, '2024-12-09'))
      .map((name) => name.replace(/\.md$/, ''))
      .filter((slug) => !NOT_VECTORS.includes(slug));
    expect(vectors.map((vector) => vector.slug).sort()).toEqual(articles.sort());
    // A photo from a `javascript:` address is refused before any page is made (tests/fixtures/content-errors/photo-outside-the-issue-folder).
    expect(vectors.length).toBe(31);
  });

  for (const { slug, marker, vector } of vectors) {
    it(`${slug}: ${vector.slice(0, 60)}`, async () => {
      const { page, dialogs, injected } = await visit(`/issues/2024-12-09/${slug}`);
      expect(dialogs).toEqual([]);
      expect(injected).toBeUndefined();
      const body = page.locator('.article-body');
      expect(await body.evaluate(dangerousMarkup)).toEqual([]);
      expect(await body.innerText()).toContain(`前文${marker}仍然显示。`);
      expect(await body.innerText()).toContain(`后文${marker}仍然显示。`);
      expect(page.url()).toContain(`/issues/2024-12-09/${slug}`);
      await page.context().close();
    });
  }

  it('script in front matter shows as text in the page, its title, its metadata and its JSON-LD', async () => {
    const { page, dialogs, injected } = await visit('/issues/2024-12-09/front-matter-script');
    expect(dialogs).toEqual([]);
    expect(injected).toBeUndefined();
    await expect(page.locator('h1').innerText()).resolves.toBe('标题</script><script>window.__x=100</script>');
    // The whole title is longer than search engines show, so <title> has its start.
    await expect(page.title()).resolves.toBe(`${clipText('标题</script><script>window.__x=100</script>', TITLE_MAX_CHARACTERS)} - 民生周刊`);
    const [jsonLd] = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(JSON.parse(jsonLd)['@graph'][0]).toMatchObject({
      headline: '标题</script><script>window.__x=100</script>',
      alternativeHeadline: '"><img src=x onerror=window.__x=101>',
    });
    expect(await page.locator('article > header').innerText()).toContain('<svg onload=window.__x=103>');
    await page.context().close();
  });

  it('keeps harmless formatting: bold, links, images, quotes, lists and tables', async () => {
    const { page } = await visit('/issues/2024-12-09/harmless-formatting');
    const body = page.locator('.article-body');
    await expect(body.locator('strong').innerText()).resolves.toBe('加粗');
    // Chinese is not set in italics: single stars stay as typed (lib/chinese-markdown.ts).
    await expect(body.locator('em').count()).resolves.toBe(0);
    await expect(body.innerText()).resolves.toContain('*斜体*');
    await expect(body.getByRole('link', { name: '人民网' }).getAttribute('href')).resolves.toBe('https://www.people.com.cn/');
    // `![标志](/logo.png)`, a file under public/, is a photo with its caption, in the sizes made of it.
    const photo = body.locator('figure img');
    await expect(photo.getAttribute('src')).resolves.toMatch(/^\/photos\/2024-12-09\/logo-[0-9a-f]{10}-\d+\.webp$/);
    await expect(photo.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).resolves.toBeGreaterThan(0);
    await expect(body.locator('figcaption').innerText()).resolves.toBe('标志');
    await expect(body.locator('blockquote').innerText()).resolves.toBe('引用的话。');
    expect(await body.locator('li').allInnerTexts()).toEqual(['第一', '第二', '甲', '乙']);
    expect(await body.locator('table td').allInnerTexts()).toEqual(['社区', '517.6万']);
    await page.context().close();
  });
});
