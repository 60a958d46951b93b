import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSite, buildAndServe } from '../../scripts/support/next-site';
import { runScript } from '../support/run-command';
import { useBrowser } from '../support/use-browser';

/**
 * An issue from the e-paper to the reader: the saved copy in tests/fixtures/e-paper imported,
 * built and served, and read in Chromium against the text of the platform's pages, written out here.
 */
const LAYOUT_PAGE = path.resolve('tests', 'fixtures', 'e-paper', 'paper.people.com.cn', 'mszk', 'pc', 'layout', '202412', '16', 'node_02.html');
const DIST_DIR = '.next-test-e-paper';

let work: string;
let site: RunningSite;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'e-paper-site-'));
  const imported = runScript('import', [LAYOUT_PAGE], path.join(work, 'content'));
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);
  site = await buildAndServe(path.join(work, 'content'), DIST_DIR, { PUBLISH_UNTIL: '2024-12-31' });
}, 300_000);
afterAll(async () => {
  await site?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(DIST_DIR, { recursive: true, force: true });
});

const { newPage } = useBrowser();
const open = async (href: string) => {
  const page = await newPage({ baseURL: site.url, viewport: { width: 1280, height: 900 } });
  await page.goto(href);
  return page;
};

describe('an issue imported from the e-paper', () => {
  it('shows each page scan with its articles outlined as the e-paper’s polygons, and its PDF', async () => {
    const page = await open('/issues/2024-12-16/pages/02');
    const image = page.locator('figure.page-scan img').first();
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('figure.page-scan img')?.naturalWidth ?? 0) > 0);
    const areas = page.locator('figure.page-scan a.page-area');
    expect(await areas.evaluateAll((links) => links.map((link) => [link.getAttribute('aria-label'), link.querySelector('polygon')?.getAttribute('points')]))).toEqual([
      ['党建引领，筑牢社会治理共同体', '5,5 95,5 95,45 5,45'],
      ['老旧小区加装电梯，难在哪', '5,50 50,50 50,75 95,75 95,95 5,95'],
    ]);
    await expect(page.getByRole('link', { name: /^下载本版PDF（/ }).count()).resolves.toBe(1);

    // The L-shaped article is clickable where it is printed, and not in the notch of its box.
    const box = await image.boundingBox();
    if (!box) throw new Error('the scan is not shown');
    const at = (x: number, y: number) => [box.x + (box.width * x) / 100, box.y + (box.height * y) / 100] as const;
    await page.mouse.click(...at(75, 60));
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/issues/2024-12-16/pages/02');
    await Promise.all([page.waitForURL('**/issues/2024-12-16/lao-jiu-xiao-qu-jia-zhuang-dian-ti-nan-zai-na'), page.mouse.click(...at(25, 85))]);
    await expect(page.locator('h1').innerText()).resolves.toBe('老旧小区加装电梯，难在哪');
  });

  it('reads the article as the e-paper printed it: headings, byline, photo with caption and credit, every paragraph', async () => {
    const page = await open('/issues/2024-12-16/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti');
    const header = page.locator('article > header');
    expect(await header.innerText()).toContain('第二届城乡社区高质量发展论坛在京举行');
    await expect(page.locator('h1').innerText()).resolves.toBe('党建引领，筑牢社会治理共同体');
    expect(await header.innerText()).toContain('城乡社区高质量发展观察');
    expect(await header.innerText()).toContain('《民生周刊》记者 罗燕');
    const body = page.locator('.article-body');
    await expect(body.locator('figure figcaption').innerText()).resolves.toBe('社区食堂里，老人们在用午餐。\u3000许宁 摄');
    expect(await body.locator('h2').allInnerTexts()).toEqual(['党建引领基层治理创新']);
    expect(await body.locator('p').allInnerTexts()).toEqual([
      '社区虽小，但连着千家万户，是党和政府联系服务群众的“最后一公里”。',
      '据统计，截至2023年底，全国党的基层组织已达517.6万个，增幅为2.2%。3~5年内，*重点*项目[一期]将完成。',
      '“社区高质量发展是基层治理的核心问题。”黄树贤说，',
      '“要在典型案例中领悟问题解决之道。”',
      '1. 这不是一个列表。',
    ]);
    // The editors' note after the text on the e-paper is not the article's.
    expect(await body.innerText()).not.toContain('责任编辑');
  });

  it('lists the issue page by page with its sections, and the cover', async () => {
    const page = await open('/issues/2024-12-16');
    const text = await page.locator('main').innerText();
    for (const expected of ['深度聚焦·调查', '城市/乡村', '街巷更新：留住烟火气', '一周民生快讯', '2024年第24期']) expect(text).toContain(expected);
  });
});
