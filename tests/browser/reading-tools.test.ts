import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { articleCitations } from '../../lib/publishing/citation';
import { readQrCode } from '../support/read-qr-code';
import { copyTextOf } from '../support/copy-text';
import { articleHref } from '../../lib/publishing/routes';
import { SPEECH_CHUNK_MAX_CHARACTERS } from '../../lib/reading/speech-chunks';
import { toTraditional } from '../../lib/reading/traditional-chinese';
import { absoluteUrl } from '../../lib/site';
import { speechSynthesisStub } from '../../scripts/support/speech-synthesis-stub';
import { BROWSER_TEST_BUILD, fixtureArticle, fixtureContent } from '../support/fixture-content';
import { waitForHydration } from '../support/hydration';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const article = fixtureArticle('2024-12-16', 'full-fields');
const issue = fixtureContent.issues.find(({ date }) => date === article.date) ?? expect.unreachable();
// The site under test was built with its own address as SITE_URL.
beforeAll(() => vi.stubEnv('SITE_URL', inject('siteUrl')));
afterAll(() => vi.unstubAllEnvs());
const articleUrl = () => absoluteUrl(articleHref(article.date, article.slug));

async function openArticle(page: Page, path = articleHref(article.date, article.slug)) {
  await page.goto(path);
  await waitForHydration(page);
}

const panel = (page: Page) => page.locator('section[aria-label]:not([hidden])');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
}

describe('繁體', () => {
  it('shows the article and the site’s labels in traditional characters, marked zh-Hant, and copies what it shows', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openArticle(page);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await expect(page.locator('h1').innerText()).resolves.toBe(toTraditional(article.title));
    await expect(page.locator('[data-field="kicker"]').innerText()).resolves.toBe(toTraditional(article.kicker ?? ''));
    await expect(page.locator('[data-field="byline"]').innerText()).resolves.toBe(toTraditional(article.byline ?? ''));
    await expect(page.getByRole('navigation', { name: '網站導航' }).getByRole('link', { name: '欄目' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: '繁體' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.title()).resolves.toContain('民生週刊');

    await page.getByRole('button', { name: '全文複製' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(toTraditional(copyTextOf(article)));
    // What React renders afterwards is converted too.
    await page.getByRole('button', { name: '放大' }).click();
    await expect(page.getByRole('group', { name: '閱讀工具' }).getByRole('status').first().innerText()).resolves.toBe('字號20像素');
  });

  it('is remembered across pages and reloads, and 简体 restores the page exactly', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openArticle(page);
    const original = await page.locator('main').innerText();
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');

    const other = fixtureArticle('2024-12-02', 'shequ-yanglao');
    await openArticle(page, articleHref(other.date, other.slug));
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, toTraditional(other.title));
    await page.reload();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, toTraditional(other.title));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');

    await openArticle(page);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect(page.locator('main').innerText()).resolves.toBe(original);
    await page.getByRole('button', { name: '全文复制' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(copyTextOf(article));
    await page.reload();
    await waitForHydration(page);
    await expect(page.locator('h1').innerText()).resolves.toBe(article.title);
  });

  it('loads its dictionary only when first asked for', async () => {
    const page = await newPage();
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await openArticle(page);
    const sizes = async () => Promise.all(scripts.map(async (response) => (await response.body()).length));
    const before = await sizes();
    // The dictionaries are about 1 MB; nothing that big loads with the page.
    expect(Math.max(...before)).toBeLessThan(500_000);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    const after = await sizes();
    expect(after.length).toBeGreaterThan(before.length);
    expect(Math.max(...after.slice(before.length))).toBeGreaterThan(900_000);
  });

  it('leaves its dictionary out of the server’s code, which never converts', () => {
    // The opening of OpenCC's phrase dictionary, as the client chunk carries it.
    const dictionary = readFileSync(path.resolve('node_modules/opencc-js/dist/esm-lib/dict/STPhrases.js'), 'utf8');
    const sample = dictionary.slice(dictionary.indexOf('"') + 1).slice(0, 40);
    const holding = (folder: string) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js') && readFileSync(path.join(folder, name), 'utf8').includes(sample));
    expect(holding(path.join(BROWSER_TEST_BUILD, 'static'))).toHaveLength(1);
    expect(holding(path.join(BROWSER_TEST_BUILD, 'server'))).toEqual([]);
  });
});

type Spoken = { text: string; lang: string; rate: number; voice: string };
const spoken = (page: Page): Promise<Spoken[]> => page.evaluate(() => Reflect.get(window, '__speech').spoken);
const finishUtterance = (page: Page) => page.evaluate(() => Reflect.get(window, '__speech').finish());
const speech = (page: Page) => page.evaluate(() => ({ paused: Reflect.get(window, '__speech').paused, cancelled: Reflect.get(window, '__speech').cancelled }));

async function pageWithVoices(voices: { lang: string; name: string }[]) {
  // Without motion the block being read is in view as soon as it is marked.
  const page = await newPage({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
  await page.addInitScript({ content: speechSynthesisStub(voices) });
  return page;
}

describe('朗读', () => {
  it('reads the title, then every block of the body in pieces Chromium finishes, marking and scrolling to the one being read', async () => {
    const page = await pageWithVoices([{ lang: 'en-US', name: 'english' }, { lang: 'zh-CN', name: 'putonghua' }]);
    const long = fixtureArticle('2024-12-02', 'lang-du-chang-wen');
    await openArticle(page, articleHref(long.date, long.slug));
    const blocks = await page.locator('h1, .article-body p, .article-body h2, .article-body h3, .article-body li').evaluateAll((elements) =>
      elements.map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean),
    );
    await page.getByRole('button', { name: '朗读' }).click();
    await page.waitForFunction(() => Reflect.get(window, '__speech').spoken.length === 1);
    expect(await spoken(page)).toEqual([{ text: long.title, lang: 'zh-CN', rate: 1, voice: 'putonghua' }]);
    await expect(page.locator('h1').getAttribute('data-speaking')).resolves.toBe('');

    const status = panel(page).getByRole('status');
    while (!(await status.innerText()).includes('已读完全文')) {
      await finishUtterance(page);
      const marked = page.locator('[data-speaking]');
      if ((await marked.count()) === 1) {
        const box = await marked.boundingBox();
        expect(box && box.y + box.height > 0 && box.y < 740).toBe(true);
      }
    }
    const texts = (await spoken(page)).map(({ text }) => text);
    expect(texts.join('').replace(/\s/g, '')).toBe(blocks.join('').replace(/\s/g, ''));
    expect(texts.length).toBeGreaterThan(blocks.length);
    for (const text of texts) expect(Array.from(text).length).toBeLessThanOrEqual(SPEECH_CHUNK_MAX_CHARACTERS);
    await expect(page.locator('[data-speaking]').count()).resolves.toBe(0);
  });

  it('pauses, resumes, changes speed and stops', async () => {
    const page = await pageWithVoices([{ lang: 'zh-CN', name: 'putonghua' }]);
    await openArticle(page);
    await page.getByRole('button', { name: '朗读' }).click();
    await page.waitForFunction(() => Reflect.get(window, '__speech').spoken.length === 1);
    await finishUtterance(page);

    await page.getByRole('button', { name: '暂停' }).click();
    await expect(speech(page)).resolves.toMatchObject({ paused: true });
    await expect.poll(() => panel(page).getByRole('status').innerText()).toContain('已暂停');
    await page.getByRole('button', { name: '继续' }).click();
    await expect(speech(page)).resolves.toMatchObject({ paused: false });

    const before = await spoken(page);
    await page.getByLabel('语速').selectOption('1.5');
    await page.waitForFunction((count) => Reflect.get(window, '__speech').spoken.length > count, before.length);
    const restarted = (await spoken(page)).at(-1);
    expect(restarted).toMatchObject({ text: before.at(-1)?.text, rate: 1.5 });

    const { cancelled } = await speech(page);
    await page.getByRole('button', { name: '停止' }).click();
    await expect(speech(page)).resolves.toMatchObject({ cancelled: cancelled + 1 });
    await expect(page.locator('[data-speaking]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '朗读' }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('朗读');
  });

  it('says so where the browser has no Chinese voice', async () => {
    const page = await pageWithVoices([{ lang: 'en-US', name: 'english' }]);
    await openArticle(page);
    await page.getByRole('button', { name: '朗读' }).click();
    await expect.poll(() => panel(page).getByRole('status').innerText()).toContain('此浏览器没有中文语音');
    expect(await spoken(page)).toEqual([]);
  });
});

describe('引用', () => {
  it('carries Highwire citation tags for Zotero and Google Scholar', async () => {
    const page = await newPage();
    await page.goto(articleHref(article.date, article.slug));
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
    await expect(meta('citation_title')).resolves.toEqual([article.title]);
    await expect(meta('citation_author')).resolves.toEqual(article.authors);
    await expect(meta('citation_publication_date')).resolves.toEqual(['2024/12/16']);
    await expect(meta('citation_journal_title')).resolves.toEqual(['民生周刊']);
    await expect(meta('citation_issue')).resolves.toEqual([String(issue.number)]);
    await expect(meta('citation_firstpage')).resolves.toEqual([String(article.page)]);
    await expect(meta('citation_language')).resolves.toEqual(['zh']);
    await expect(meta('citation_fulltext_html_url')).resolves.toEqual([articleUrl()]);
  });

  it('shows GB/T 7714, APA and BibTeX references, each copied by its own button', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openArticle(page);
    await page.getByRole('button', { name: '引用' }).click();
    const citations = articleCitations(article, issue);
    await expect(panel(page).locator('[data-citation="gbt7714"]').innerText()).resolves.toBe(citations.gbt7714);
    await expect(panel(page).locator('[data-citation="apa"]').innerText()).resolves.toBe(citations.apa);
    await expect(panel(page).locator('[data-citation="bibtex"]').innerText()).resolves.toBe(citations.bibtex);
    // Escape closes the panel and gives the focus back to its button.
    await panel(page).getByRole('button').first().focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: '引用', exact: true }).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('引用');
    await page.getByRole('button', { name: '引用', exact: true }).click();
    await page.getByRole('button', { name: '复制BibTeX格式的引用' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citations.bibtex);
    await expect(panel(page).getByRole('status').filter({ hasText: '已复制' }).innerText()).resolves.toBe('已复制BibTeX格式的引用');
  });
});

describe('分享', () => {
  it('shows a QR code of the article’s address, and copies the link', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await openArticle(page);
    await page.getByRole('button', { name: '分享' }).click();
    const code = panel(page).getByRole('img', { name: '本文链接的二维码' });
    // As a phone's scanner sees it on the screen.
    await expect(readQrCode(await code.screenshot())).resolves.toBe(articleUrl());
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(articleUrl());
    // Headless Chromium on Linux has no share sheet, and then no button offers one.
    await expect(page.getByRole('button', { name: '分享到…' }).count()).resolves.toBe(0);
  });

  it('hands the title and address to the system’s share sheet where there is one', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (data: ShareData) => {
          Reflect.set(window, '__shared', data);
          return Promise.resolve();
        },
      });
    });
    await openArticle(page);
    await page.getByRole('button', { name: '分享' }).click();
    await page.getByRole('button', { name: '分享到…' }).click();
    await expect(page.evaluate(() => Reflect.get(window, '__shared'))).resolves.toEqual({ title: article.title, url: articleUrl() });
  });
});

describe('the reading tools', () => {
  it('leave no violations for axe and no sideways scroll at 360 px with each panel open, and are reached by keyboard', async () => {
    const page = await pageWithVoices([{ lang: 'zh-CN', name: 'putonghua' }]);
    await openArticle(page);
    for (const name of ['朗读', '引用', '分享']) {
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
      await panel(page).getByRole('status').or(panel(page).locator('pre, svg')).first().waitFor();
      await expectNoAxeViolations(page);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    }
    // On a phone, 繁體 is in the header's menu.
    await page.locator('body > header summary').click();
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await expectNoAxeViolations(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });
});

describe('printing an article', () => {
  it('gives the e-paper’s layout with the article’s address, and no controls or navigation', async () => {
    const page = await newPage();
    await openArticle(page);
    await page.emulateMedia({ media: 'print' });
    for (const text of [article.section, '2024年12月16日', article.kicker ?? '', article.title, article.subtitle ?? '', article.byline ?? '', article.sourceLine, `本文链接：${articleUrl()}`]) {
      await expect(page.getByText(text, { exact: false }).first().isVisible(), text).resolves.toBe(true);
    }
    await expect(page.locator('.article-body').isVisible()).resolves.toBe(true);
    for (const hidden of [
      page.getByRole('group', { name: '阅读工具' }),
      page.getByRole('navigation', { name: '网站导航' }),
      page.getByRole('search'),
      page.getByRole('navigation', { name: '本文目录' }),
      page.locator('footer'),
      page.getByText('查看版面'),
    ]) {
      if ((await hidden.count()) > 0) await expect(hidden.first().isVisible()).resolves.toBe(false);
    }
    await expect(page.locator('nav:visible').count()).resolves.toBe(0);
    await expect(page.locator('button:visible').count()).resolves.toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(`本文链接：${articleUrl()}`).isVisible()).resolves.toBe(false);
  });
});

describe('the article page before any tool is used', () => {
  /** A string as it may stand in a script: as written, or with its non-ASCII characters escaped. */
  const inScript = (script: string, text: string) =>
    script.includes(text) || script.includes([...text].map((char) => (char.charCodeAt(0) > 127 ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char)).join(''));

  for (const [tool, marker, opened] of [
    ['分享', '本文链接的二维码', (page: Page) => panel(page).getByRole('img').waitFor()],
    ['引用', '格式的引用', (page: Page) => panel(page).getByRole('button', { name: /^复制/ }).first().waitFor()],
  ] as const) {
    it(`has ${tool}’s code in a chunk of its own, fetched when ${tool} is first opened`, async () => {
      const page = await newPage();
      const scripts: Promise<string>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.text());
      });
      await openArticle(page);
      const before = await Promise.all(scripts);
      expect(before.length).toBeGreaterThan(0);
      expect(before.filter((script) => inScript(script, marker))).toEqual([]);

      await page.getByRole('button', { name: tool, exact: true }).click();
      await opened(page);
      const after = (await Promise.all(scripts)).slice(before.length);
      expect(after.filter((script) => inScript(script, marker))).toHaveLength(1);
    });
  }
});
