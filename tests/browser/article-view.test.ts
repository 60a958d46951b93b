import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../support/fixture-content';
import { nextFrame } from '../support/hydration';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const article = fixtureArticle('2024-12-16', 'full-fields');
const articlePath = '/issues/2024-12-16/full-fields';

describe('article view', () => {
  it('shows every field in the order of the e-paper', async () => {
    const page = await newPage();
    await page.goto(articlePath);
    const header = page.locator('article > header');
    const lines = (await header.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(lines).toEqual([
      '深度聚焦',
      '民生周刊 2024年12月16日 星期一',
      '返回目录',
      '放大',
      '缩小',
      '全文复制',
      '☆ 收藏',
      '朗读',
      '引用',
      '分享',
      '城市更新行动观察',
      '老旧小区改造，改出幸福新生活',
      '——加装电梯、增设停车位，居民参与全过程',
      '《民生周刊》全媒体记者 罗燕',
      '《民生周刊》（2024年12月16日 第03版）',
      '阅读约1分钟',
    ]);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await expect(page.locator('h1').innerText()).resolves.toBe(article.title);
    await expect(header.locator('time').getAttribute('datetime')).resolves.toBe('2024-12-16');
    await expect(page.title()).resolves.toBe('老旧小区改造，改出幸福新生活 - 民生周刊');
  });

  it('renders the body with subheadings as h2 and every paragraph', async () => {
    const page = await newPage();
    await page.goto(articlePath);
    const body = page.locator('.article-body');
    expect(await body.locator('h2').allInnerTexts()).toEqual(article.subheadings.map((subheading) => subheading.text));
    expect(await body.locator('p').allInnerTexts()).toEqual(
      article.blocks.filter((block) => block.kind === 'text').map((block) => block.text),
    );
    const style = await body.locator('p').first().evaluate((node) => {
      const computed = getComputedStyle(node);
      return { indent: computed.textIndent, fontSize: computed.fontSize, lineHeight: computed.lineHeight };
    });
    expect(parseFloat(style.indent)).toBeCloseTo(2 * parseFloat(style.fontSize));
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).toBeCloseTo(1.8);
  });

  it('返回目录 goes back to the issue contents', async () => {
    const page = await newPage();
    await page.goto(articlePath);
    await page.getByRole('link', { name: '返回目录' }).click();
    await page.waitForURL('**/issues/2024-12-16');
    await expect(page.locator('h1').innerText()).resolves.toBe('民生周刊 2024年12月16日 星期一');
  });

  it('上一篇 / 下一篇 follow the reading order across pages', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/c-no-order');
    const neighbours = page.getByRole('navigation', { name: '上一篇和下一篇' });
    await neighbours.getByRole('link', { name: '老旧小区改造，改出幸福新生活' }).click();
    await page.waitForURL(`**${articlePath}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(article.title);
    await page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link', { name: '读者来信选登' }).click();
    await page.waitForURL('**/issues/2024-12-16/c-no-order');

    await page.goto('/issues/2024-12-16/b-kuaixun');
    expect(await page.getByRole('navigation', { name: '上一篇和下一篇' }).innerText()).toMatch(/上一篇：没有了/);
  });

  it('is fully readable without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(articlePath);
    await expect(page.locator('h1').innerText()).resolves.toBe(article.title);
    expect(await page.locator('.article-body').innerText()).toContain('改造完成后，小区引入物业服务，建立居民议事会。');
    await expect(page.getByRole('link', { name: '返回目录' }).getAttribute('href')).resolves.toBe('/issues/2024-12-16');
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(articlePath);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });

  it('hides the controls and navigation when printed', async () => {
    const page = await newPage();
    await page.goto(articlePath);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: '放大' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: '上一篇和下一篇' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  });

  // On a screen 200 px tall the body starts well past the distance Chromium lays out ahead.
  it('lays out a body block only as the reader nears it, and every block in print', async () => {
    const page = await newPage({ viewport: { width: 360, height: 200 } });
    await page.addInitScript(() => {
      const seen: [number, boolean][] = [];
      Object.assign(window, { skippedStates: seen });
      document.addEventListener(
        'contentvisibilityautostatechange',
        (event) => {
          const block = event.target;
          if (!(block instanceof Element) || !(event instanceof ContentVisibilityAutoStateChangeEvent)) return;
          seen.push([[...(block.parentElement?.children ?? [])].indexOf(block), event.skipped]);
        },
        true,
      );
    });
    await page.goto(articlePath);
    const blocks = page.locator('.article-body > *');
    const last = (await blocks.count()) - 1;
    const states = () => page.evaluate(() => Reflect.get(window, 'skippedStates'));
    await expect.poll(states).toContainEqual([last, true]);
    await blocks.nth(last).evaluate((block) => block.scrollIntoView());
    await expect.poll(states).toContainEqual([last, false]);

    await page.emulateMedia({ media: 'print' });
    const printed = await blocks.evaluateAll((all) => all.map((block) => getComputedStyle(block).contentVisibility));
    expect(new Set(printed)).toEqual(new Set(['visible']));
  });
});

describe('hostile HTML in content', () => {
  it('runs no script from the article and still shows its text', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/issues/2024-12-16/xss-attempt');
    // The javascript: link survives only as an inert <a> without href.
    await page.getByText('点我', { exact: true }).click();
    await expect(page.getByText('点我', { exact: true }).getAttribute('href')).resolves.toBeNull();
    await nextFrame(page);
    expect(dialogs).toEqual([]);
    await expect(page.evaluate(() => Reflect.get(window, '__injected'))).resolves.toBeUndefined();
    const body = page.locator('.article-body');
    expect(await body.innerText()).toContain('正文第一段仍然显示。');
    expect(await body.innerText()).toContain('正文最后一段也仍然显示。');
    expect(await body.innerHTML()).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    await expect(page.locator('h1').innerText()).resolves.toBe('标题里的<script>alert("title")</script>不会执行');
  });
});
