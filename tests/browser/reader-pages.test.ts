import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { issueDateLabel, pageLabel } from '../../lib/content/labels';
import { fixtureContent } from '../support/fixture-content';
import { useBrowser } from '../support/use-browser';

const { siteUrl, newPage } = useBrowser();
const [latest, older] = fixtureContent.issues;

describe('table of contents', () => {
  it('the home page shows the latest issue, page by page, and links to the archive', async () => {
    const page = await newPage();
    await page.goto('/');
    await expect(page.locator('h1').innerText()).resolves.toBe('民生周刊 2024年12月16日 星期一');
    expect(await page.locator('main').innerText()).toContain('2024年第24期');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(
      latest.pages.map(({ page: number, section }) => `${pageLabel(number)}：${section}`),
    );
    await page.getByRole('link', { name: '往期回顾：查看全部期次' }).click();
    await page.waitForURL('**/issues');
  });

  it("an issue's contents list each article with kicker, title link, subtitle and byline, in order", async () => {
    const page = await newPage();
    await page.goto(`/issues/${latest.date}`);
    const firstPage = page.locator('section', { has: page.getByRole('heading', { name: '第01版：要闻' }) });
    expect(await firstPage.locator('h3').allInnerTexts()).toEqual(['一周民生快讯', '冬季供暖保障专题', '读者来信选登']);
    expect(await firstPage.locator('li').first().innerText()).toContain('本期导读');

    const feature = page.locator('li', { has: page.getByRole('link', { name: '老旧小区改造，改出幸福新生活' }) });
    const text = await feature.innerText();
    expect(text).toContain('城市更新行动观察');
    expect(text).toContain('加装电梯、增设停车位，居民参与全过程');
    expect(text).toContain('《民生周刊》全媒体记者 罗燕');
    // The contents never carry article bodies.
    expect(await page.locator('main').innerText()).not.toContain('老旧小区改造是重大民生工程');

    await page.getByRole('link', { name: '老旧小区改造，改出幸福新生活' }).click();
    await page.waitForURL(`**/issues/${latest.date}/full-fields`);
    await expect(page.locator('h1').innerText()).resolves.toBe('老旧小区改造，改出幸福新生活');
  });

  it('the archive shows every issue on the calendar of its year and month', async () => {
    const page = await newPage();
    await page.goto('/issues');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['封面', `2024年 ${fixtureContent.issues.length}期`]);
    const links = page.locator('main table a');
    const labels = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(labels.sort()).toEqual(fixtureContent.issues.map((issue) => issueDateLabel(issue.date)).sort());
    await page.getByRole('link', { name: issueDateLabel(older.date) }).click();
    await page.waitForURL(`**/issues/${older.date}`);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['第01版：要闻', '第02版：健康']);
  });
});

describe('not found', () => {
  const paths = [
    '/issues/2024-12-17',
    '/issues/2024-02-30',
    '/issues/latest',
    `/issues/${latest.date}/no-such-article`,
    `/issues/${older.date}/full-fields`,
    `/issues/${latest.date}/full-fields/extra`,
    '/issues/..%2F..%2Fpackage.json',
    '/%E6%B0%91%E7%94%9F',
    '/no/such/page',
  ];

  for (const path of paths) {
    it(`answers ${path} with 404 and a Chinese page`, async () => {
      const response = await fetch(siteUrl + path);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('页面不存在');
    });
  }

  it('shows links back to the latest issue and the archive', async () => {
    const page = await newPage();
    const response = await page.goto('/issues/2024-12-17');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('页面不存在');
    await page.getByRole('link', { name: '阅读最新一期' }).click();
    await page.waitForURL(`${siteUrl}/`);
  });

  // A PNG: an SVG favicon is drawn by a document of its own on the page's main thread as it loads.
  it('the site has an icon, a 96 px PNG', async () => {
    const page = await newPage();
    await page.goto('/');
    const hrefs = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toHaveLength(1);
    const response = await fetch(new URL(hrefs[0] ?? '', siteUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const { format, width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 96, height: 96 });
  });
});
