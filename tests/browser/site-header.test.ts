import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const ARTICLE = '/issues/2024-12-16/full-fields';
const NAV_ITEMS = ['最新一期', '往期回顾', '栏目', '我的收藏', '深色模式', '繁體'];

const header = (page: Page) => page.locator('body > header');
const menu = (page: Page) => header(page).locator('summary', { hasText: '菜单' });
const navigation = (page: Page) => page.getByRole('navigation', { name: '网站导航' });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
}

/** The visible items of the header's line, with the top of each. */
const lineTops = (page: Page) =>
  header(page)
    .locator('a:visible, summary:visible, input:visible')
    .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));

/**
 * The shape of 菜单's triangle (its ::after, right of the word), from a screenshot's ink row by row: a triangle
 * pointing down is wider in its top third than in its bottom third; a box or nothing fails both ways.
 */
async function triangleShape(page: Page) {
  const summary = (await menu(page).boundingBox()) ?? expect.unreachable();
  const textEnd = await menu(page).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().right;
  });
  const clip = { x: Math.ceil(textEnd) + 1, y: summary.y, width: Math.floor(summary.x + summary.width - textEnd) - 1, height: summary.height };
  const { data, info } = await sharp(await page.screenshot({ clip })).greyscale().raw().toBuffer({ resolveWithObject: true });
  const background = data[0];
  const widths: number[] = [];
  for (let y = 0; y < info.height; y++) {
    let ink = 0;
    for (let x = 0; x < info.width; x++) if (Math.abs(data[y * info.width + x] - background) > 96) ink++;
    if (ink > 0) widths.push(ink);
  }
  expect(widths.length, 'rows of ink right of 菜单').toBeGreaterThanOrEqual(6);
  const third = Math.floor(widths.length / 3);
  const top = Math.max(...widths.slice(0, third));
  const bottom = Math.max(...widths.slice(-third));
  expect(top === bottom, `a shape that narrows one way, not a box: ${widths.join(' ')}`).toBe(false);
  return { narrowsDownward: top > bottom, widths };
}

describe('the site header on a 360 px phone', () => {
  it('is one line of at most 100 px: 民生周刊, 搜索 and 菜单; the article starts under it', async () => {
    const page = await newPage(PHONE);
    await page.goto(ARTICLE);
    const box = (await header(page).boundingBox()) ?? expect.unreachable();
    expect(box.height).toBeLessThanOrEqual(100);
    await expect(header(page).getByRole('link', { name: '民生周刊' }).isVisible()).resolves.toBe(true);
    await expect(header(page).getByRole('link', { name: '搜索', exact: true }).isVisible()).resolves.toBe(true);
    await expect(menu(page).isVisible()).resolves.toBe(true);
    const tops = await lineTops(page);
    expect(tops).toHaveLength(3);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(12);
    await expect(navigation(page).isVisible()).resolves.toBe(false);
    const title = (await page.locator('h1').boundingBox()) ?? expect.unreachable();
    expect(title.y).toBeLessThan(box.y + box.height + 260);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });

  it('菜单 opens the navigation and the search box with no script, by tap and by keyboard', async () => {
    const page = await newPage({ ...PHONE, javaScriptEnabled: false });
    await page.goto(ARTICLE);
    await menu(page).tap();
    await expect(navigation(page).isVisible()).resolves.toBe(true);
    for (const name of NAV_ITEMS.slice(0, 4)) await expect(navigation(page).getByRole('link', { name }).isVisible(), name).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: '搜索文章' }).isVisible()).resolves.toBe(true);
    await menu(page).tap();
    await expect(navigation(page).isVisible()).resolves.toBe(false);

    await menu(page).focus();
    await page.keyboard.press('Enter');
    await expect(navigation(page).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('最新一期');
  });

  it('has no axe violations, closed and open, and its controls work from the menu', async () => {
    const page = await newPage({ ...PHONE, colorScheme: 'light' });
    await page.goto(ARTICLE);
    await expectNoAxeViolations(page);
    await menu(page).tap();
    for (const name of NAV_ITEMS) await expect(navigation(page).getByText(name, { exact: true }).isVisible(), name).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await navigation(page).getByRole('button', { name: '深色模式' }).tap();
    await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'dark');
  });

  it("菜单's triangle points down while closed and up while open, also in forced colors", async () => {
    for (const forcedColors of ['none', 'active'] as const) {
      const page = await newPage({ ...PHONE, colorScheme: 'light', forcedColors, deviceScaleFactor: 2 });
      await page.goto(ARTICLE);
      expect(await triangleShape(page), `closed, forced colors ${forcedColors}`).toMatchObject({ narrowsDownward: true });
      await menu(page).tap();
      expect(await triangleShape(page), `open, forced colors ${forcedColors}`).toMatchObject({ narrowsDownward: false });
    }
  });

  it('搜索 is one tap from the search box', async () => {
    const page = await newPage(PHONE);
    await page.goto(ARTICLE);
    await header(page).getByRole('link', { name: '搜索', exact: true }).tap();
    await page.waitForURL('**/search');
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).resolves.toBe('search-query');
  });
});

describe('the site header on a wide screen', () => {
  it('shows the navigation and the search box in its line, without 菜单 or the 搜索 link', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(ARTICLE);
    for (const name of NAV_ITEMS) await expect(navigation(page).getByText(name, { exact: true }).isVisible(), name).resolves.toBe(true);
    await expect(page.getByRole('searchbox', { name: '搜索文章' }).isVisible()).resolves.toBe(true);
    await expect(menu(page).isVisible()).resolves.toBe(false);
    await expect(header(page).getByRole('link', { name: '搜索', exact: true }).isVisible()).resolves.toBe(false);
    const box = (await header(page).boundingBox()) ?? expect.unreachable();
    expect(box.height).toBeLessThanOrEqual(80);

    // Chromium's own accessibility tree, which screen readers read, has the navigation and its links.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = nodes.filter((node) => !node.ignored).map((node) => `${node.role?.value} ${node.name?.value ?? ''}`.trim());
    expect(exposed).toContain('navigation 网站导航');
    for (const name of NAV_ITEMS.slice(0, 4)) expect(exposed, name).toContain(`link ${name}`);
    expect(exposed).toContain('searchbox 搜索文章');
  });
});
