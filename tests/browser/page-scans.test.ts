import { describe, expect, inject, it } from 'vitest';
import { areaBounds } from '../../lib/content/area';
import { fileSizeLabel } from '../../lib/content/labels';
import { SCAN_WIDTHS, THUMBNAIL_WIDTH, areaClipHrefOf } from '../../lib/publishing/print-images';
import { articleAreaHref, articleHref, coverHref, issueHref, issuePageHref, pagePdfHref, scanHref } from '../../lib/publishing/routes';
import { fixtureContent } from '../support/fixture-content';
import { waitForHydration } from '../support/hydration';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const siteUrl = inject('siteUrl');
const issue = fixtureContent.issues.find((candidate) => candidate.date === '2024-12-16');
const page = issue?.pages[0];
if (!issue || !page?.scan || !page.pdf) throw new Error('the fixture scan is missing');
const scan = page.scan;
const pdf = page.pdf;
const withAreas = page.articles.filter((article) => article.area !== undefined);

describe('covers, thumbnails and link previews from print', () => {
  it('the cover shows on the home page, the contents and the archive, sized before it loads', async () => {
    const cover = issue.coverImage;
    if (!cover) throw new Error('the fixture cover is missing');
    const view = await newPage();
    for (const path of ['/', issueHref(issue.date), '/issues']) {
      await view.goto(path);
      const image = view.locator(`main img[alt="${issue.coverAlt}"]`).first();
      await expect(image.getAttribute('src'), path).resolves.toBe(coverHref(issue.date, cover, 240));
      await expect(image.getAttribute('width'), path).resolves.toBe(String(cover.width));
      await expect(image.getAttribute('height'), path).resolves.toBe(String(cover.height));
    }
    await expect(view.locator('main img[loading="lazy"]').count()).resolves.toBeGreaterThan(0);
    const response = await fetch(siteUrl + coverHref(issue.date, cover, 480));
    expect(response.headers.get('content-type')).toBe('image/webp');
  });

  it('版面导航 on the contents shows a thumbnail of each scanned page', async () => {
    const view = await newPage();
    await view.goto(issueHref(issue.date));
    const thumbnail = view.getByRole('navigation', { name: '版面导航' }).locator('img');
    await expect(thumbnail.count()).resolves.toBe(1);
    await expect(thumbnail.getAttribute('src')).resolves.toBe(scanHref(issue.date, page.page, scan, THUMBNAIL_WIDTH));
  });

  it("an article's link preview is its clipping of the printed page; without an area, the cover", async () => {
    const view = await newPage();
    await view.goto(articleHref(issue.date, withAreas[0].slug));
    const clip = areaClipHrefOf(withAreas[0], scan) ?? '';
    await expect(view.locator('meta[property="og:image"]').getAttribute('content')).resolves.toBe(siteUrl + clip);
    const jsonLd = JSON.parse((await view.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@graph'][0].image).toBe(siteUrl + clip);
    const response = await fetch(siteUrl + clip);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    await view.goto(articleHref(issue.date, 'c-no-order'));
    const cover = issue.coverImage;
    if (!cover) throw new Error('the fixture cover is missing');
    await expect(view.locator('meta[property="og:image"]').getAttribute('content')).resolves.toBe(siteUrl + coverHref(issue.date, cover, 480));
  });
});

describe('the page view with its scan (版面图)', () => {
  it('shows the scan at its size beside the article list, a link over each area in reading order', async () => {
    const view = await newPage({ viewport: { width: 1280, height: 900 } });
    await view.goto(issuePageHref(issue.date, page.page));
    const image = view.locator('figure.page-scan img').first();
    await expect(image.getAttribute('alt')).resolves.toBe('第01版（要闻）版面图');
    await expect(image.getAttribute('width')).resolves.toBe(String(scan.width));
    await expect(image.getAttribute('height')).resolves.toBe(String(scan.height));
    await expect(image.getAttribute('srcset')).resolves.toBe(SCAN_WIDTHS.map((width) => `${scanHref(issue.date, page.page, scan, width)} ${width}w`).join(', '));
    await view.waitForFunction(() => document.querySelector<HTMLImageElement>('figure.page-scan img')?.complete === true);
    const areas = view.locator('figure.page-scan a.page-area');
    expect(await areas.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual(withAreas.map((article) => article.title));
    // Each area covers its box of the image, give or take its outline (SVG attributes: the style policy allows no inline styles).
    const imageBox = await image.boundingBox();
    const areaBox = await areas.first().boundingBox();
    const [x, y, width] = areaBounds(withAreas[0].area ?? [0, 0, 0, 0]);
    expect(imageBox && areaBox && Math.abs(areaBox.x - (imageBox.x + (imageBox.width * x) / 100)) < 4).toBe(true);
    expect(imageBox && areaBox && Math.abs(areaBox.y - (imageBox.y + (imageBox.height * y) / 100)) < 4).toBe(true);
    expect(imageBox && areaBox && Math.abs(areaBox.width - (imageBox.width * width) / 100) < 4).toBe(true);
    // Beside the list on a desktop, below it on a phone.
    const listBox = await view.locator('main h2').first().boundingBox();
    expect(imageBox && listBox && listBox.x + listBox.width <= imageBox.x).toBe(true);
    await view.setViewportSize({ width: 360, height: 740 });
    const [phoneImage, phoneList] = [await image.boundingBox(), await view.locator('main h2').last().boundingBox()];
    expect(phoneImage && phoneList && phoneImage.y >= phoneList.y + phoneList.height).toBe(true);
  });

  it('opens an article from its area by click, and the keyboard reaches the areas in reading order', async () => {
    const click = await newPage();
    await click.goto(issuePageHref(issue.date, page.page));
    await click.locator('figure.page-scan a.page-area').first().click();
    await click.waitForURL(`**${articleHref(issue.date, withAreas[0].slug)}`);

    const view = await newPage();
    await view.goto(issuePageHref(issue.date, page.page));
    await waitForHydration(view);
    await view.locator('figure.page-scan a.page-area').first().focus();
    await expect(view.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(withAreas[0].title);
    await view.keyboard.press('Tab');
    await expect(view.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(withAreas[1].title);
    await view.keyboard.press('Enter');
    await view.waitForURL(`**${articleHref(issue.date, withAreas[1].slug)}`);
    await expect(view.locator('h1').innerText()).resolves.toBe(withAreas[1].title);
  });

  it('an article leads back to its area on the page, outlined', async () => {
    const view = await newPage();
    await view.goto(articleHref(issue.date, withAreas[0].slug));
    await view.getByRole('link', { name: '查看版面' }).click();
    const target = new URL(articleAreaHref(issue.date, page.page, withAreas[0].slug), siteUrl);
    await view.waitForURL((url) => url.pathname === target.pathname && url.hash === target.hash);
    await expect(view.locator(':target').getAttribute('aria-label')).resolves.toBe(withAreas[0].title);
    const stroke = await view.locator(':target polygon').evaluate((node) => getComputedStyle(node).stroke);
    expect(stroke).not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);
  });

  it('放大版面 shows the scan at full size in the page, and the PDF downloads', async () => {
    const view = await newPage({ viewport: { width: 360, height: 740 } });
    await view.goto(issuePageHref(issue.date, page.page));
    await waitForHydration(view);
    await view.getByRole('button', { name: '放大版面' }).click();
    const dialog = view.getByRole('dialog', { name: '第01版版面图' });
    await view.waitForFunction(() => document.querySelector<HTMLImageElement>('dialog img')?.naturalWidth === 1200);
    await expect(dialog.locator('img').evaluate((node) => node.getBoundingClientRect().width)).resolves.toBe(scan.width);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    const link = view.getByRole('link', { name: `下载本版PDF（${fileSizeLabel(pdf.bytes)}）` });
    await expect(link.getAttribute('href')).resolves.toBe(pagePdfHref(issue.date, page.page, pdf));
  });

  it('serves the images and the PDF with their types, to be cached for good', async () => {
    for (const [href, type] of [
      [scanHref(issue.date, page.page, scan, 360), 'image/webp'],
      [scanHref(issue.date, page.page, scan), 'image/jpeg'],
      [pagePdfHref(issue.date, page.page, pdf), 'application/pdf'],
    ]) {
      const response = await fetch(siteUrl + href);
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toBe(type);
      expect(response.headers.get('cache-control'), href).toContain('max-age=31536000');
    }
    const small = await (await fetch(siteUrl + scanHref(issue.date, page.page, scan, 360))).arrayBuffer();
    expect(small.byteLength).toBeLessThanOrEqual(80 * 1024);
  });

  it('pages without a scan look as before', async () => {
    const view = await newPage();
    await view.goto(issuePageHref(issue.date, 3));
    await expect(view.locator('figure.page-scan').count()).resolves.toBe(0);
    await expect(view.getByRole('link', { name: '查看版面' }).count()).resolves.toBe(0);
    await view.goto(articleHref(issue.date, 'full-fields'));
    await expect(view.getByRole('link', { name: '查看版面' }).count()).resolves.toBe(0);
  });
});
