import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { articleHref, issueHref } from '../../lib/publishing/routes';
import { toTraditional } from '../../lib/reading/traditional-chinese';
import { fixtureArticle } from '../support/fixture-content';
import { FIXTURE_PHOTOS } from '../support/render-print-fixtures';
import { waitForHydration } from '../support/hydration';
import { useBrowser } from '../support/use-browser';
import { speechSynthesisStub } from '../../scripts/support/speech-synthesis-stub';
import { withServiceWorker } from '../support/service-worker';
import { OFFLINE_IMAGES_CACHE } from '../../lib/publishing/offline';

const { newPage } = useBrowser();
const article = fixtureArticle('2024-12-02', 'tu-wen-shi-tang');
const articlePath = articleHref(article.date, article.slug);
/** What the article's Markdown says of its two photos, written out. */
const PHOTOS = [
  { caption: '社区食堂里，老人们在用午餐。', credit: '许宁 摄', file: FIXTURE_PHOTOS.jpeg },
  { caption: '“长者饭堂”本周的菜单', credit: '资料图', file: FIXTURE_PHOTOS.png },
];
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const IMMUTABLE = 'public, max-age=31536000, immutable';

async function decodedSize(body: Buffer | ArrayBuffer): Promise<{ width?: number; height?: number; format?: string }> {
  const { width, height, format } = await sharp(Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : body)).metadata();
  return { width, height, format };
}

/** Every photo response the page received, with its size as sent and its decoded width. */
function recordPhotos(page: Page) {
  const received: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/photos/')) return;
    received.push({ url: response.url(), bytes: (await response.body()).length });
  });
  return received;
}

/** Scrolls through the article so that lazy photos load, and waits for every photo to be decoded. */
async function readToTheEnd(page: Page): Promise<void> {
  for (const figure of await page.locator('.article-body figure').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.article-body figure img')].every((image) => image.complete && image.naturalWidth > 0));
}

const servers = { 'next start': () => inject('siteUrl'), 'the static export under nginx': () => inject('exportUrl') };

for (const [server, baseUrl] of Object.entries(servers)) {
  describe(`photos in an article, from ${server}`, () => {
    it('are figures with the image sized before it loads and the caption (图说) with its credit under it', async () => {
      const page = await newPage({ baseURL: baseUrl() });
      await page.goto(articlePath);
      const figures = page.locator('.article-body > figure');
      await expect(figures.count()).resolves.toBe(PHOTOS.length);
      for (const [index, photo] of PHOTOS.entries()) {
        const figure = figures.nth(index);
        const image = figure.locator('img');
        const original = await sharp(photo.file).metadata();
        await expect(image.getAttribute('alt')).resolves.toBe(photo.caption);
        await expect(image.getAttribute('width')).resolves.toBe(String(original.width));
        await expect(image.getAttribute('height')).resolves.toBe(String(original.height));
        await expect(image.getAttribute('loading')).resolves.toBe(index === 0 ? 'eager' : 'lazy');
        await expect(figure.locator('figcaption').innerText()).resolves.toBe(`${photo.caption}\u3000${photo.credit}`);
        await expect(figure.locator('figcaption .photo-credit').innerText()).resolves.toBe(`\u3000${photo.credit}`);

        // Each size of the srcset is a WebP of the width it claims, kept by browsers for good.
        const candidates = ((await image.getAttribute('srcset')) ?? '').split(', ').map((candidate) => candidate.split(' '));
        expect(candidates.map(([, width]) => width)).toEqual(['360w', '720w', '1080w', '1600w'].filter((width) => parseInt(width) <= (original.width ?? 0)));
        for (const [url, width] of candidates) {
          const response = await fetch(baseUrl() + url);
          expect(response.status, url).toBe(200);
          expect(response.headers.get('content-type'), url).toBe('image/webp');
          expect(response.headers.get('cache-control'), url).toContain(server === 'next start' ? IMMUTABLE : 'max-age=315360000');
          await expect(decodedSize(await response.arrayBuffer())).resolves.toMatchObject({ format: 'webp', width: parseInt(width) });
        }
        // 查看大图 opens the largest size.
        const link = figure.getByRole('link', { name: `查看大图：${photo.caption}` });
        await expect(link.getAttribute('href')).resolves.toBe(candidates.at(-1)?.[0]);
      }
    });

    it('a 360 px phone fetches each photo once, at its size: both under 250 KB together', async () => {
      const page = await newPage({ baseURL: baseUrl(), ...PHONE });
      const received = recordPhotos(page);
      await page.goto(articlePath);
      await readToTheEnd(page);
      await page.waitForLoadState('networkidle');
      expect(received).toHaveLength(PHOTOS.length);
      for (const { url } of received) {
        const { width } = await decodedSize(await (await fetch(url)).arrayBuffer());
        // 360 CSS px at 2 device pixels each.
        expect(width, url).toBe(720);
      }
      const total = received.reduce((sum, { bytes }) => sum + bytes, 0);
      console.log(`${server}: a 360 px phone (2×) fetched ${received.map(({ bytes }) => `${(bytes / 1024).toFixed(1)} KB`).join(' + ')} = ${(total / 1024).toFixed(1)} KB of photos`);
      expect(total).toBeLessThan(250 * 1024);
    });

    it('离线阅读本期 keeps the photos at the size this phone shows, and they show offline', async () => {
      const page = await withServiceWorker(newPage({ baseURL: baseUrl(), ...PHONE, serviceWorkers: 'allow' }));
      await page.goto(issueHref(article.date));
      await waitForHydration(page);
      await page.getByRole('button', { name: '离线阅读本期' }).click();
      await page.getByText(/本期已保存|未能保存/).waitFor({ timeout: 20_000 });
      const kept = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), OFFLINE_IMAGES_CACHE);
      const photos = kept.filter((pathname) => pathname.startsWith('/photos/'));
      // The contents' thumbnail, and each photo at 720 px (360 CSS px at 2×), not every width.
      expect(photos.filter((pathname) => pathname.endsWith('-thumbnail.webp'))).toHaveLength(1);
      expect(photos.filter((pathname) => !pathname.endsWith('-thumbnail.webp')).map((pathname) => pathname.replace(/-[0-9a-f]{10}-/, '-'))).toEqual(
        expect.arrayContaining(['/photos/2024-12-02/canteen-720.webp', '/photos/2024-12-02/menu-720.webp']),
      );
      expect(photos).toHaveLength(3);

      await page.context().setOffline(true);
      await page.goto(articlePath);
      await readToTheEnd(page);
    });

    it('the text never moves when a photo arrives late', async () => {
      const page = await newPage({ baseURL: baseUrl(), ...PHONE });
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/photos/**', async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript(() => {
        Reflect.set(window, '__shifts', 0);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) Reflect.set(window, '__shifts', Reflect.get(window, '__shifts') + Reflect.get(entry, 'value'));
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(articlePath, { waitUntil: 'domcontentloaded' });
      const after = page.locator('.article-body > figure + p').first();
      const before = await after.boundingBox();
      release();
      await readToTheEnd(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await after.boundingBox()).toEqual(before);
      await expect(page.evaluate(() => Reflect.get(window, '__shifts'))).resolves.toBe(0);
    });
  });
}

describe('photos as readers use them', () => {
  it('放大 and 缩小 keep every photo inside the text column, on a phone and a wide screen', async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 900 } }]) {
      const page = await newPage(options);
      await page.goto(articlePath);
      await waitForHydration(page);
      for (const button of ['放大', '放大', '放大', '缩小']) {
        await page.getByRole('button', { name: button, exact: true }).click();
        const { overflow, widest } = await page.evaluate(() => {
          const body = document.querySelector('.article-body')?.getBoundingClientRect();
          const images = [...document.querySelectorAll('.article-body figure img')].map((image) => image.getBoundingClientRect());
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            widest: Math.max(...images.map((image) => image.right - (body?.right ?? 0))),
          };
        });
        expect(overflow).toBe(0);
        expect(widest).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('a tap opens a photo large over the page with its caption; Esc closes it, back where the reader was', async () => {
    const page = await newPage(PHONE);
    await page.goto(articlePath);
    await waitForHydration(page);
    const link = page.locator('.article-body figure a').first();
    const large = (await link.getAttribute('href')) ?? '';
    await link.click();
    const viewer = page.getByRole('dialog', { name: '大图' });
    await viewer.waitFor();
    expect(new URL(page.url()).pathname).toBe(articlePath);
    const image = viewer.locator('img');
    await expect(image.getAttribute('src')).resolves.toBe(new URL(large, page.url()).href);
    await expect(image.evaluate((element: HTMLImageElement) => element.decode().then(() => element.naturalWidth))).resolves.toBe(1600);
    await expect(viewer.locator('figcaption').innerText()).resolves.toBe(`${PHOTOS[0].caption}\u3000${PHOTOS[0].credit}`);
    await page.keyboard.press('Escape');
    await expect(viewer.isVisible()).resolves.toBe(false);
    await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // 关闭 closes it too.
    await link.click();
    await viewer.getByRole('button', { name: '关闭' }).click();
    await expect(viewer.isVisible()).resolves.toBe(false);
  });

  it('朗读 reads each caption with its credit where the photo stands', async () => {
    const page = await newPage({ ...PHONE, reducedMotion: 'reduce' });
    await page.addInitScript({ content: speechSynthesisStub([{ lang: 'zh-CN', name: 'putonghua' }]) });
    await page.goto(articlePath);
    await waitForHydration(page);
    await page.getByRole('button', { name: '朗读' }).click();
    await page.waitForFunction(() => Reflect.get(window, '__speech').spoken.length === 1);
    while ((await page.getByText(/已读完全文/).count()) === 0) await page.evaluate(() => Reflect.get(window, '__speech').finish());
    const texts: string[] = await page.evaluate(() => Reflect.get(window, '__speech').spoken.map(({ text }: { text: string }) => text));
    // Pieces are cut at sentence ends, where spaces may go: compared without them.
    expect(texts.join('').replace(/\s/g, '')).toBe(
      [
        '社区食堂里的一顿午饭',
        '中午十一点半，社区食堂的门口已经排起了队。',
        '社区食堂里，老人们在用午餐。\u3000许宁 摄',
        '食堂每天供应两荤两素一汤，六十岁以上的老人每餐优惠三元，八十岁以上的再减两元。',
        '一张菜单',
        '菜单每周更新一次，由居民代表和营养师一起商量。',
        '“长者饭堂”本周的菜单\u3000资料图',
        '吃完饭，不少老人会在食堂旁的活动室坐一坐，下下棋，聊聊天。',
      ]
        .join('')
        .replace(/\s/g, ''),
    );
  });

  it('a shared link shows the first photo: og:image and JSON-LD name its 1,200 px JPEG', async () => {
    const siteUrl = inject('siteUrl');
    const page = await newPage();
    await page.goto(articlePath);
    const preview = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(preview).toMatch(new RegExp(`^${siteUrl}/photos/2024-12-02/canteen-[0-9a-f]+-preview\\.jpg$`));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@graph'][0].image).toBe(preview);
    const response = await fetch(preview);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    await expect(decodedSize(await response.arrayBuffer())).resolves.toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
  });

  it('the contents show a small crop of the first photo beside the article, and none beside articles without photos', async () => {
    const page = await newPage();
    await page.goto(issueHref(article.date));
    const thumbnails = page.locator('main li img');
    await expect(thumbnails.count()).resolves.toBe(1);
    const item = page.locator('main li', { has: page.getByRole('link', { name: article.title }) });
    const thumbnail = item.locator('img');
    await expect(thumbnail.getAttribute('alt')).resolves.toBe('');
    await expect(thumbnail.getAttribute('loading')).resolves.toBe('lazy');
    await expect(thumbnail.getAttribute('width')).resolves.toBe('96');
    await expect(thumbnail.getAttribute('height')).resolves.toBe('72');
    const response = await fetch(inject('siteUrl') + (await thumbnail.getAttribute('src')));
    const bytes = await response.arrayBuffer();
    await expect(decodedSize(bytes)).resolves.toMatchObject({ format: 'webp', width: 192, height: 144 });
    expect(bytes.byteLength).toBeLessThan(20 * 1024);
  });

  it('繁體 converts captions and their alt text; print keeps each photo with its caption', async () => {
    const page = await newPage();
    await page.goto(articlePath);
    await waitForHydration(page);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    const first = page.locator('.article-body figure').first();
    await expect(first.locator('figcaption').innerText()).resolves.toBe(toTraditional(`${PHOTOS[0].caption}\u3000${PHOTOS[0].credit}`));
    await expect(first.locator('img').getAttribute('alt')).resolves.toBe(toTraditional(PHOTOS[0].caption));
    expect(toTraditional(PHOTOS[0].caption)).not.toBe(PHOTOS[0].caption);

    await page.emulateMedia({ media: 'print' });
    await expect(first.locator('figcaption').isVisible()).resolves.toBe(true);
    await expect(first.evaluate((figure) => getComputedStyle(figure).breakInside)).resolves.toBe('avoid');
    await expect(page.getByRole('button', { name: '全文複製' }).isVisible()).resolves.toBe(false);
  });
});
