import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { nextFrame, waitForHydration } from '../support/hydration';
import { pressIsHandled } from '../support/keys';
import { buildSearchIndex } from '../../lib/search/build-index';
import { searchManifestPath, searchShardPath, shardOf } from '../../lib/search/terms';
import { fixtureContent } from '../support/fixture-content';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();


describe('pages (版) of an issue', () => {
  it('the page view lists its articles, with 上一版 / 下一版 and a picker', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/pages/03');
    await expect(page.locator('h1').innerText()).resolves.toBe('第03版：深度聚焦');
    expect(await page.locator('main li h2').allInnerTexts()).toEqual(['老旧小区改造，改出幸福新生活']);
    const picker = page.getByRole('navigation', { name: '版面导航' });
    await expect(picker.locator('[aria-current="page"]').innerText()).resolves.toBe('第03版 深度聚焦');
    const neighbours = page.getByRole('navigation', { name: '上一版和下一版' });
    expect(await neighbours.innerText()).toMatch(/上一版：第01版：要闻[\s\S]*下一版：第05版：民生观察/);

    await neighbours.getByRole('link', { name: '第05版：民生观察' }).click();
    await page.waitForURL('**/issues/2024-12-16/pages/05');
    await page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: '第01版 要闻' }).click();
    await page.waitForURL('**/issues/2024-12-16/pages/01');
    expect(await page.locator('main li h2').allInnerTexts()).toEqual(['一周民生快讯', '冬季供暖保障专题', '读者来信选登']);
    expect(await page.getByRole('navigation', { name: '上一版和下一版' }).innerText()).toMatch(/上一版：没有了/);
  });

  it('the contents link each page view and the issues before and after', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16');
    await page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: '第05版 民生观察' }).click();
    await page.waitForURL('**/issues/2024-12-16/pages/05');

    await page.goto('/issues/2024-12-16');
    const issues = page.getByRole('navigation', { name: '上一期和下一期' });
    expect(await issues.innerText()).toMatch(/上一期：2024年12月02日 星期一[\s\S]*下一期：没有了/);
    await issues.getByRole('link', { name: '2024年12月02日 星期一' }).click();
    await page.waitForURL('**/issues/2024-12-02');
    await page.getByRole('navigation', { name: '上一期和下一期' }).getByRole('link', { name: '2024年12月16日 星期一' }).click();
    await page.waitForURL('**/issues/2024-12-16');
  });

  it('the page view of a missing page is a 404', async () => {
    const page = await newPage();
    for (const path of ['/issues/2024-12-16/pages/02', '/issues/2024-12-16/pages/3', '/issues/2024-12-16/pages']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

describe('sections', () => {
  it("an article's section leads to that section's articles across issues, newest first", async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-02/shequ-yanglao');
    await page.locator('article > header').getByRole('link', { name: '要闻' }).click();
    await page.waitForURL('**/sections/%E8%A6%81%E9%97%BB');
    await expect(page.locator('h1').innerText()).resolves.toBe('要闻');
    expect(await page.locator('main li h2').allInnerTexts()).toEqual(['一周民生快讯', '冬季供暖保障专题', '读者来信选登', '让老人在家门口安享晚年', '社区食堂里的一顿午饭']);
    const sources = await page.locator('main li time').allInnerTexts();
    expect(sources).toEqual(['2024年12月16日', '2024年12月16日', '2024年12月16日', '2024年12月02日', '2024年12月02日']);
  });

  it('the sections page lists every section', async () => {
    const page = await newPage();
    await page.goto('/sections');
    expect((await page.locator('main li a').allInnerTexts()).sort()).toEqual([...fixtureContent.sections.keys()].sort());
  });
});

describe('往期回顾', () => {
  it('shows each month as a calendar with its issue days linked', async () => {
    const page = await newPage();
    await page.goto('/issues');
    const december = page.locator('table', { has: page.locator('caption', { hasText: '2024年12月' }) });
    expect(await december.locator('a').allInnerTexts()).toEqual(['2', '16']);
    await december.getByRole('link', { name: '2024年12月02日 星期一' }).click();
    await page.waitForURL('**/issues/2024-12-02');
  });

  it('jumps to the issue of a date, or says there is none and offers the nearest', async () => {
    const page = await newPage();
    await page.goto('/issues');
    await waitForHydration(page);
    await page.getByLabel('按日期查找').fill('2024-12-10');
    await page.getByRole('button', { name: '前往' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('2024年12月10日没有出版的期刊。最近的一期：2024年12月16日 星期一');
    await page.getByLabel('按日期查找').fill('2024-12-02');
    await page.getByRole('button', { name: '前往' }).click();
    await page.waitForURL('**/issues/2024-12-02');
    await expect(page.locator('h1').innerText()).resolves.toBe('民生周刊 2024年12月02日 星期一');
  });
});

describe('search', () => {
  async function search(query: string) {
    const page = await newPage();
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /找到|没有找到|请/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    return page;
  }

  it('finds an article by a two-character substring of its body, with a highlighted snippet', async () => {
    const page = await search('议事');
    await expect(page.getByRole('status').innerText()).resolves.toBe('找到1篇包含“议事”的文章。');
    const hit = page.locator('main ol > li');
    expect(await hit.locator('h2').innerText()).toBe('老旧小区改造，改出幸福新生活');
    expect(await hit.innerText()).toContain('2024年12月16日 第03版');
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['议事']);
    await hit.getByRole('link').click();
    await page.waitForURL('**/issues/2024-12-16/full-fields');
  });

  it('finds a phrase in quotes from another issue, and says when nothing matches', async () => {
    const page = await search('"服务共同体"');
    expect(await page.locator('main ol > li h2').allInnerTexts()).toEqual(['县域医共体建设全面推开']);
    expect(await page.locator('main ol > li').first().innerText()).toContain('2024年12月02日 第02版');

    await page.getByLabel('搜索词').fill('"共同体服务"');
    await page.getByLabel('搜索词').press('Enter');
    await page.waitForURL(/q=%22%E5%85%B1%E5%90%8C%E4%BD%93%E6%9C%8D%E5%8A%A1%22/);
    await page.waitForFunction(() => /没有找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toBe('没有找到包含“共同体服务”的文章。');
  });

  it('finds the words of a keyword query wherever they stand, the phrase first, each word marked', async () => {
    const page = await search('服务共同体');
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^找到\d+篇同时包含“服务”“共同体”的文章。$/);
    const hits = page.locator('main ol > li');
    await expect(hits.first().locator('h2').innerText()).resolves.toBe('县域医共体建设全面推开');
    expect(new Set(await hits.first().locator('mark').allInnerTexts())).toEqual(new Set(['服务', '共同体']));
  });

  it('finds 電梯 in the simplified archive, marked as the page shows it in 简 and in 繁', async () => {
    const page = await search('電梯');
    await expect(page.getByRole('status').innerText()).resolves.toBe('已按简体“电梯”搜索“電梯”。找到1篇包含“电梯”的文章。');
    const hit = page.locator('main ol > li');
    await expect(hit.locator('h2').innerText()).resolves.toBe('老旧小区改造，改出幸福新生活');
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['电梯']);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await page.waitForFunction(() => [...document.querySelectorAll('main ol > li mark')].every((mark) => mark.textContent === '電梯'));
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['電梯']);
  });

  it('works the same from the static export under nginx: keywords apart, the phrase first, and 電梯', async () => {
    const page = await newPage({ baseURL: inject('exportUrl') });
    await page.goto(`/search?q=${encodeURIComponent('服务共同体')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^找到\d+篇同时包含“服务”“共同体”的文章。$/);
    await expect(page.locator('main ol > li h2').first().innerText()).resolves.toBe('县域医共体建设全面推开');
    await page.goto(`/search?q=${encodeURIComponent('電梯')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toBe('已按简体“电梯”搜索“電梯”。找到1篇包含“电梯”的文章。');
  });

  it('suggests the words that find something when nothing holds them all', async () => {
    const page = await search('老旧小区火星探测');
    await expect(page.getByRole('status').innerText()).resolves.toBe('没有找到同时包含“老旧”“小区”“火星”“探测”的文章。可以只搜其中的词：“老旧”、“小区”。');
    await page.getByRole('link', { name: '小区', exact: true }).click();
    await page.waitForURL(/q=%E5%B0%8F%E5%8C%BA$/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);
  });

  it('ranks title matches first, fetching the manifest, the shards of its terms and each file once', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/search?q=${encodeURIComponent('民生')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    expect((await page.locator('main ol > li h2').allInnerTexts())[0]).toBe('一周民生快讯');
    const indexFiles = fetched.filter((path) => path.startsWith('/search-index/'));
    const { shardCount } = buildSearchIndex(fixtureContent).manifest;
    expect(indexFiles[0]).toBe(searchManifestPath());
    expect(indexFiles.filter((path) => path.includes('/shards/'))).toEqual([searchShardPath(shardOf('民生', shardCount))]);
    expect(new Set(indexFiles).size).toBe(indexFiles.length);
  });

  it('says why a query of punctuation alone cannot be searched', async () => {
    const page = await search('——《》');
    await expect(page.getByRole('status').innerText()).resolves.toBe('请输入汉字、英文词或数字；标点和符号不能单独搜索。');
  });

  it('the header search box leads to the results', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('searchbox', { name: '搜索文章' }).fill('供暖');
    await page.getByRole('searchbox', { name: '搜索文章' }).press('Enter');
    await page.waitForURL('**/search?q=*');
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    expect(await page.locator('main ol > li h2').allInnerTexts()).toEqual(['冬季供暖保障专题']);
  });
});

describe('articles', () => {
  it('with three or more subheadings have an outline linking to them', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/full-fields');
    const outline = page.getByRole('navigation', { name: '本文目录' });
    expect(await outline.getByRole('link').allInnerTexts()).toEqual(['居民说了算', '钱从哪里来', '长效管理']);
    await outline.getByRole('link', { name: '钱从哪里来' }).click();
    await page.waitForURL('**#user-content-subheading-2');
    await expect(page.locator(':target').innerText()).resolves.toBe('钱从哪里来');

    await page.goto('/issues/2024-12-02/shequ-yanglao');
    await expect(page.getByRole('navigation', { name: '本文目录' }).count()).resolves.toBe(0);
  });

  // On a screen this short, the blocks around the subheading are not laid out yet when the link is
  // followed; once they are, the last one may leave the page too short to scroll its heading to the
  // top. A pixel either way: positions are in fractions of a pixel.
  it('an outline link brings its subheading onto a phone screen', async () => {
    const height = 240;
    const page = await newPage({ viewport: { width: 360, height } });
    await page.goto('/issues/2024-12-16/full-fields');
    const outline = page.getByRole('navigation', { name: '本文目录' });
    for (const name of ['钱从哪里来', '长效管理']) {
      await outline.getByRole('link', { name }).click();
      const heading = page.getByRole('heading', { name, level: 2 });
      await nextFrame(page);
      await nextFrame(page);
      const { top, bottom } = await heading.evaluate((element) => element.getBoundingClientRect().toJSON());
      expect(top, name).toBeGreaterThanOrEqual(-1);
      expect(bottom, name).toBeLessThanOrEqual(height + 1);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  it('← and → go to 上一篇 and 下一篇, but not while typing', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/c-no-order');
    await waitForHydration(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL('**/issues/2024-12-16/full-fields');
    await expect(page.locator('h1').innerText()).resolves.toBe('老旧小区改造，改出幸福新生活');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL('**/issues/2024-12-16/c-no-order');

    const searchbox = page.getByRole('searchbox', { name: '搜索文章' });
    await searchbox.fill('社区');
    await expect(pressIsHandled(page, 'ArrowLeft', searchbox)).resolves.toBe(false);
    expect(new URL(page.url()).pathname).toBe('/issues/2024-12-16/c-no-order');
  });
});

describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system until the reader switches, and the switch survives a reload', async () => {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto('/issues/2024-12-16/full-fields');
    await waitForHydration(page);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    const dark = await background(page);

    const toggle = page.getByRole('button', { name: '深色模式' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const light = await background(page);
    expect(light).not.toBe(dark);

    // Record the theme the moment the body is parsed, before any app script runs: no flash.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        Reflect.set(window, '__themeWhenParsed', document.documentElement.getAttribute('data-theme'));
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(page.evaluate(() => Reflect.get(window, '__themeWhenParsed'))).resolves.toBe('light');
    await expect(background(page)).resolves.toBe(light);
  });
});
