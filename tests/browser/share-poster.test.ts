import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { waitForHydration } from '../support/hydration';
import { readQrCode } from '../support/read-qr-code';
import { withServiceWorker } from '../support/service-worker';
import { useBrowser } from '../support/use-browser';

const { siteUrl, newPage } = useBrowser();

const FULL_FIELDS = '/issues/2024-12-16/full-fields';
const WITH_PHOTOS = '/issues/2024-12-02/tu-wen-shi-tang';
const MAX_BYTES = 300 * 1024;

/** Records, in the page, every text the poster's canvas draws and every image it draws. */
const RECORD_CANVAS = `(() => {
  const drawn = { texts: [], images: 0 };
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) { drawn.texts.push(String(text)); return fillText.call(this, text, ...rest); };
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) { drawn.images++; return drawImage.apply(this, args); };
  window.__drawn = drawn;
})()`;
const drawn = (page: Page): Promise<{ texts: string[]; images: number }> => page.evaluate(() => Reflect.get(window, '__drawn'));

/** Opens 分享, makes the poster and returns the PNG's bytes as the page holds them. */
async function makePoster(page: Page): Promise<Buffer> {
  await page.getByRole('button', { name: '分享', exact: true }).click();
  await page.getByRole('button', { name: '生成海报' }).click();
  const poster = page.locator('img[data-poster]');
  await poster.waitFor();
  // The preview shows the PNG (the page's policy lets blob: images in).
  await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('img[data-poster]')?.naturalWidth ?? 0) === 750);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '保存海报' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  return readFileSync((await download.path()) ?? expect.unreachable());
}

/** Pixels of strong colour other than the masthead's red: a photo has many, text and the QR code none. */
async function colourfulPixels(png: Buffer): Promise<number> {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let index = 0; index < data.length; index += 3) {
    const [red, green, blue] = [data[index], data[index + 1], data[index + 2]];
    const masthead = red > 150 && green < 60 && blue < 60;
    if (Math.max(red, green, blue) - Math.min(red, green, blue) > 40 && !masthead) count++;
  }
  return count;
}

async function expectPosterOf(png: Buffer, path: string): Promise<void> {
  expect(png.length).toBeLessThanOrEqual(MAX_BYTES);
  const { format, width } = await sharp(png).metadata();
  expect(format).toBe('png');
  expect(width).toBe(750);
  await expect(readQrCode(png, 750)).resolves.toBe(siteUrl + path);
}

describe('分享海报', () => {
  it('draws the masthead, date, kicker, title, first lines and the article’s QR code into a PNG of at most 300 KB', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.addInitScript({ content: RECORD_CANVAS });
    await page.goto(FULL_FIELDS);
    await waitForHydration(page);
    const png = await makePoster(page);
    await expectPosterOf(png, FULL_FIELDS);
    const { texts, images } = await drawn(page);
    expect(images).toBe(0);
    expect(texts.slice(0, 3)).toEqual(['民生周刊', '2024年12月16日 星期一 · 深度聚焦', '城市更新行动观察']);
    expect(texts.join('')).toContain('老旧小区改造，改出幸福新生活老旧小区改造是重大民生工程，也是发展工程。');
    expect(texts.slice(-2)).toEqual(['长按识别二维码', '阅读全文']);
    const colourful = await colourfulPixels(png);
    console.log(`poster of ${FULL_FIELDS}: ${colourful} colourful pixels`);
    expect(colourful).toBeLessThan(20_000);
    console.log(`poster of ${FULL_FIELDS}: ${(png.length / 1024).toFixed(1)} KB`);
  });

  it('shows the first photo where the article has one, and stays within 300 KB', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.addInitScript({ content: RECORD_CANVAS });
    await page.goto(WITH_PHOTOS);
    await waitForHydration(page);
    const png = await makePoster(page);
    await expectPosterOf(png, WITH_PHOTOS);
    expect((await drawn(page)).images).toBeGreaterThan(0);
    // The photo is in the poster kept, not only in a larger one left aside.
    const colourful = await colourfulPixels(png);
    console.log(`poster of ${WITH_PHOTOS}: ${colourful} colourful pixels`);
    expect(colourful).toBeGreaterThan(50_000);
    console.log(`poster of ${WITH_PHOTOS}: ${(png.length / 1024).toFixed(1)} KB`);
  });

  it('follows 繁體', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.addInitScript({ content: RECORD_CANVAS });
    await page.goto(FULL_FIELDS);
    await waitForHydration(page);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.getByRole('button', { name: '生成海報' }).click();
    await page.locator('img[data-poster]').waitFor();
    const { texts } = await drawn(page);
    expect(texts[0]).toBe('民生週刊');
    expect(texts.join('')).toContain('老舊小區改造，改出幸福新生活');
    expect(texts.slice(-2)).toEqual(['長按識別二維碼', '閱讀全文']);
  });

  it('is made offline for an article read before', async () => {
    const page = await withServiceWorker(newPage({ serviceWorkers: 'allow', acceptDownloads: true }));
    await page.goto(FULL_FIELDS);
    await page.context().setOffline(true);
    await page.reload();
    await waitForHydration(page);
    await expectPosterOf(await makePoster(page), FULL_FIELDS);
  });
});
