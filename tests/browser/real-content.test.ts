import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { HEADLINE_MAX_CHARACTERS, TITLE_MAX_CHARACTERS } from '../../lib/content/labels';
import { articleHref, issueHref, legacySectionHref, sectionHref } from '../../lib/publishing/routes';
import { sectionSlug } from '../../lib/content/section-slug';
import { FIXTURE_SCHEDULED_ISSUE, fixtureArticle, fixtureContent } from '../support/fixture-content';
import { copyTextOf } from '../support/copy-text';
import { waitForHydration } from '../support/hydration';
import { pressIsHandled } from '../support/keys';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const siteUrl = inject('siteUrl');

async function get(pathname: string) {
  const response = await fetch(siteUrl + pathname, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

/** Every link in `main` of a page, as [text, path]. */
async function mainLinks(page: Page, pathname: string): Promise<[string, string][]> {
  await page.goto(pathname);
  return page.locator('main a[href]').evaluateAll((links) =>
    links.map((link): [string, string] => [link.textContent?.trim() ?? '', new URL((link as HTMLAnchorElement).href).pathname]),
  );
}

describe('every section name has a working page', () => {
  const sections = [...fixtureContent.sections];

  it('reached from 栏目, from each contents page and from each article', async () => {
    const page = await newPage();
    const fromSections = await mainLinks(page, '/sections');
    const fromContents: [string, string][] = [];
    for (const issue of fixtureContent.issues) fromContents.push(...(await mainLinks(page, issueHref(issue.date))));
    for (const [name, articles] of sections) {
      const href = sectionHref(name);
      expect(fromSections, name).toContainEqual([name, href]);
      expect(fromContents, name).toContainEqual([name, href]);
      const fromArticle = await mainLinks(page, articleHref(articles[0].date, articles[0].slug));
      expect(fromArticle, name).toContainEqual([name, href]);

      const response = await page.goto(href);
      expect(response?.status(), name).toBe(200);
      await expect(page.locator('main h1').innerText(), name).resolves.toBe(name);
      expect(await page.locator('main li h2').allInnerTexts(), name).toEqual(articles.map((article) => article.title));
    }
  });

  it('keeps answering at its old address, and sends the reader to the new one', async () => {
    const moved = sections.map(([name]) => name).filter((name) => sectionSlug(name) !== name && name !== '.' && name !== '..');
    expect(moved.length).toBeGreaterThan(5);
    for (const name of moved) {
      const { status, body } = await get(legacySectionHref(name));
      expect(status, name).toBe(200);
      expect(body, name).toContain(`<meta http-equiv="refresh" content="0;url=${sectionHref(name)}"/>`);
      expect(body, name).toContain('<meta name="robots" content="noindex"/>');
    }
    const page = await newPage();
    await page.goto(legacySectionHref('城市/乡村'));
    await page.waitForURL(`**${sectionHref('城市/乡村')}`);
    await expect(page.locator('main h1').innerText()).resolves.toBe('城市/乡村');
  });
});

describe('a scheduled issue', () => {
  const article = `/issues/${FIXTURE_SCHEDULED_ISSUE}/yu-pai-gao-jian`;

  it('has no pages', async () => {
    for (const pathname of [`/issues/${FIXTURE_SCHEDULED_ISSUE}`, article, `/issues/${FIXTURE_SCHEDULED_ISSUE}/pages/01`, sectionHref('预排栏目')]) {
      expect((await get(pathname)).status, pathname).toBe(404);
    }
  });

  it('is in no list, sitemap, feed or search index', async () => {
    for (const pathname of ['/', '/issues', '/sections', '/sitemap.xml', '/news-sitemap.xml', '/feed.xml', '/search-index/docs/0.json']) {
      const { status, body } = await get(pathname);
      expect(status, pathname).toBe(200);
      expect(body, pathname).not.toContain(FIXTURE_SCHEDULED_ISSUE);
      expect(body, pathname).not.toContain('提前排好的一期');
    }
    const page = await newPage();
    // Neither its phrase nor its words find it.
    await page.goto(`/search?q=${encodeURIComponent('"预排稿件独有词"')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toBe('没有找到包含“预排稿件独有词”的文章。');
    await page.goto(`/search?q=${encodeURIComponent('预排稿件独有词')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^没有找到同时包含“预排”.*的文章。$/);
  });
});

describe('Chinese text', () => {
  const path = '/issues/2024-11-25/wen-zi-yuan-yang';

  it('shows every character as written', async () => {
    const page = await newPage();
    await page.goto(path);
    const body = await page.locator('.article-body').innerText();
    for (const text of [
      '工期3~5年，规模10~20人，疗程1～2周；',
      '他说——这是第一步……《民生周刊》〈社区之声〉「家门口」『服务』。',
      '第１２３号文件，ＡＢＣ类，增幅2.2%，人物·访谈。',
      '经济*增长与经济_增长_率，“两会”期间。',
      '2024. 全年新增就业岗位1200万个。',
      '详见http://www.people.com.cn了解，来信请寄mswk@people.cn。',
    ]) {
      expect(body).toContain(text);
      expect(copyTextOf(fixtureArticle('2024-11-25', 'wen-zi-yuan-yang'))).toContain(text);
    }
    await expect(page.locator('.article-body del').innerText()).resolves.toBe('删去的字');
    await expect(page.locator('.article-body strong').innerText()).resolves.toBe('“两会”');
    expect(await page.locator('.article-body a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      'http://www.people.com.cn',
      'mailto:mswk@people.cn',
    ]);
  });

  it('a very long title is whole on the page and cut cleanly for search engines', async () => {
    const { title } = fixtureArticle('2024-11-25', 'chang-biao-ti');
    const page = await newPage();
    await page.goto('/issues/2024-11-25/chang-biao-ti');
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    const shown = await page.title();
    expect(shown).toMatch(/… - 民生周刊$/);
    expect(Array.from(shown.replace(/ - 民生周刊$/, '')).length).toBeLessThanOrEqual(TITLE_MAX_CHARACTERS);
    expect(title.startsWith(shown.replace(/… - 民生周刊$/, ''))).toBe(true);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(ogTitle).toBe(shown.replace(/ - 民生周刊$/, ''));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const headline: string = jsonLd['@graph'][0].headline;
    expect(Array.from(headline).length).toBeLessThanOrEqual(HEADLINE_MAX_CHARACTERS);
    expect(headline.endsWith('…')).toBe(true);
    expect(title.startsWith(headline.slice(0, -1))).toBe(true);
  });
});

describe('reading wide tables and the arrow keys', () => {
  const path = '/issues/2024-11-25/wen-zi-yuan-yang';

  it('a wide table is a labelled region the keyboard can focus and scroll', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(path);
    await waitForHydration(page);
    const region = page.getByRole('region', { name: '表格1（可左右滚动）' });
    await expect(region.evaluate((node) => node.scrollWidth > node.clientWidth)).resolves.toBe(true);
    await region.focus();
    await expect(pressIsHandled(page, 'ArrowRight')).resolves.toBe(false);
    await page.waitForFunction(() => (document.querySelector('.table-scroll')?.scrollLeft ?? 0) > 0);
    expect(new URL(page.url()).pathname).toBe(path);
  });

  it('← and → do not turn the page while the page itself scrolls sideways', async () => {
    const page = await newPage();
    await page.goto(path);
    await waitForHydration(page);
    await page.evaluate(() => {
      document.body.style.minWidth = '4000px';
    });
    await expect(pressIsHandled(page, 'ArrowRight')).resolves.toBe(false);
    expect(new URL(page.url()).pathname).toBe(path);

    await page.evaluate(() => {
      document.body.style.minWidth = '';
    });
    const order = fixtureContent.readingOrder.get('2024-11-25') ?? [];
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(`**${articleHref('2024-11-25', order[order.indexOf('wen-zi-yuan-yang') + 1])}`);
  });
});

describe('放大 / 缩小 and search, for every reader', () => {
  it('say the new size to screen readers', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/full-fields');
    await waitForHydration(page);
    await page.getByRole('button', { name: '放大' }).click();
    await expect(page.getByRole('group', { name: '阅读工具' }).getByRole('status').innerText()).resolves.toBe('字号20像素');
    await page.getByRole('button', { name: '缩小' }).click();
    await page.getByRole('button', { name: '缩小' }).click();
    await expect(page.getByRole('group', { name: '阅读工具' }).getByRole('status').innerText()).resolves.toBe('字号16像素，已是最小');
  });

  it('a one-character query finds every article holding that character, counted as confirmed', async () => {
    const holding = [...fixtureContent.articles.values()].filter((article) =>
      [article.title, article.kicker, article.subtitle, article.byline, ...article.blocks.map((block) => block.text)].join('\n').includes('罗'),
    );
    expect(holding.length).toBeGreaterThan(0);
    const page = await newPage();
    await page.goto(`/search?q=${encodeURIComponent('罗')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('main [role="status"]')?.textContent ?? ''));
    await expect(page.getByRole('status').innerText()).resolves.toBe(`找到${holding.length}篇包含“罗”的文章。`);
    expect((await page.locator('main ol > li h2').allInnerTexts()).sort()).toEqual(holding.map((article) => article.title).sort());
  });
});
