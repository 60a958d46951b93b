import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFileMemo } from '../../lib/content/article-file-memo';
import { contentStamp } from '../../lib/content/content-stamp';
import { formatProblem } from '../../lib/content/problems';
import { loadContent, validateContent } from '../../lib/content/load-content';
import { articleKey } from '../../lib/content/model';
import { photoName } from '../../lib/content/photos';
import { issuePhotoFiles } from '../../lib/publishing/photo-images';
import { chineseTextWarnings } from '../../lib/editor/text-warnings';
import { bodyHtmlOf } from '../support/body-html';

let dir: string;
const issueFolder = () => path.join(dir, '2024-12-09');
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'photos-'));
  mkdirSync(path.join(issueFolder(), 'images'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(issueFolder(), name), text);
const article = (title: string, body: string) => `---\ntitle: ${title}\nsection: 要闻\npage: 1\n---\n\n${body}\n`;
/** A plain picture `width` × `height`, stored as it is or on its side with an EXIF orientation that turns it upright. */
const photo = (name: string, width: number, height: number, orientation?: number) =>
  sharp({ create: { width, height, channels: 3, background: '#8a6' } })
    .jpeg()
    .withMetadata(orientation ? { orientation } : {})
    .toFile(path.join(issueFolder(), name));
const problems = () => validateContent(dir).errors.map((problem) => formatProblem(problem).replace(`${dir}/`, ''));

describe('photos of an issue', () => {
  it('may be shared by several articles of the issue: read once, made once', async () => {
    await photo('images/market.jpg', 800, 600);
    write('a.md', article('甲', '第一段。\n\n![菜市场里人来人往](images/market.jpg "许宁 摄")'));
    write('b.md', article('乙', '![清晨的菜市场](./images/market.jpg)\n\n正文。'));
    const index = loadContent(dir);
    const [a, b] = ['a', 'b'].map((slug) => index.articles.get(articleKey('2024-12-09', slug)));
    expect(a?.leadPhoto).toMatchObject({ caption: '菜市场里人来人往', credit: '许宁 摄', name: 'market', image: { width: 800, height: 600, format: 'jpeg' } });
    expect(b?.leadPhoto).toMatchObject({ caption: '清晨的菜市场', name: 'market' });
    expect(b?.leadPhoto?.image).toBe(a?.leadPhoto?.image);
    const files = issuePhotoFiles('2024-12-09', [a?.leadPhoto, b?.leadPhoto].flatMap((found) => (found ? [found] : [])));
    expect(files.map(({ name }) => name.replace(/-[0-9a-f]{10}-/, '-<hash>-'))).toEqual([
      'market-<hash>-360.webp',
      'market-<hash>-720.webp',
      'market-<hash>-preview.jpg',
      'market-<hash>-thumbnail.webp',
    ]);
  });

  it('are sized upright when the camera stored them on their side', async () => {
    await photo('images/portrait.jpg', 600, 400, 6);
    write('a.md', article('甲', '![站着的人](images/portrait.jpg)'));
    const image = loadContent(dir).articles.get(articleKey('2024-12-09', 'a'))?.leadPhoto?.image;
    expect(image).toMatchObject({ width: 400, height: 600 });
    const [file] = issuePhotoFiles('2024-12-09', loadContent(dir).articles.get(articleKey('2024-12-09', 'a'))?.body.flatMap((part) => (part.kind === 'photo' ? [part.photo] : [])) ?? []);
    const { body } = await file.render();
    await expect(sharp(body).metadata()).resolves.toMatchObject({ width: 360, height: 540 });
  });

  it('preview a transparent PNG on white, as the page shows it, not on black', async () => {
    await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toFile(path.join(issueFolder(), 'images', 'chart.png'));
    write('a.md', article('甲', '![图表](images/chart.png)'));
    const photo = loadContent(dir).articles.get(articleKey('2024-12-09', 'a'))?.leadPhoto;
    const preview = issuePhotoFiles('2024-12-09', photo ? [photo] : []).find(({ name }) => name.endsWith('-preview.jpg'));
    const { data } = await sharp((await preview?.render())?.body).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('under public/ (an older article) keep working, with their sizes', () => {
    write('a.md', article('甲', '![民生周刊的标志](/logo.png)'));
    const index = loadContent(dir);
    const html = bodyHtmlOf(index.articles.get(articleKey('2024-12-09', 'a')));
    expect(html).toMatch(/^<figure class="article-photo"><a href="\/photos\/2024-12-09\/logo-[0-9a-f]{10}-\d+\.webp"/);
    expect(html).toContain('alt="民生周刊的标志"');
  });

  it('refuse a symbolic link leading out of the content folder', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'outside-'));
    try {
      await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).jpeg().toFile(path.join(outside, 'x.jpg'));
      symlinkSync(path.join(outside, 'x.jpg'), path.join(issueFolder(), 'images', 'linked.jpg'));
      write('a.md', article('甲', '![图说](images/linked.jpg)'));
      expect(problems()).toEqual(['2024-12-09/a.md:7: photo: images/linked.jpg is a symbolic link to a place outside its folder; refused']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('escape captions and credits in the figure, and accept file names in Chinese and with spaces', async () => {
    await photo('images/送餐 上门.jpg', 400, 300);
    write('a.md', article('甲', '![<b>"送餐"</b> & 上门](<images/送餐 上门.jpg> "记者 <i>某</i>")'));
    const html = bodyHtmlOf(loadContent(dir).articles.get(articleKey('2024-12-09', 'a')));
    expect(html).toContain('alt="<b>&#x22;送餐&#x22;</b> &#x26; 上门"');
    expect(html).toContain('<figcaption>&#x3C;b>"送餐"&#x3C;/b> &#x26; 上门<span class="photo-credit">　记者 &#x3C;i>某&#x3C;/i></span></figcaption>');
    // No element from the text: outside attribute values, no <b> or <i>.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<b>|<i>/);
    expect(html).toMatch(/\/photos\/2024-12-09\/photo-[0-9a-f]{10}-360\.webp/);
  });

  it('are in the editors\u2019 preview stamp, so a replaced photo shows on the next refresh', async () => {
    await photo('images/a.jpg', 400, 300);
    const before = contentStamp(dir);
    await photo('images/a.jpg', 500, 300);
    expect(contentStamp(dir)).not.toBe(before);
  });

  it('rebuild an article whose photo changed though its text did not', async () => {
    await photo('images/a.jpg', 400, 300);
    write('a.md', article('甲', '![图说](images/a.jpg)'));
    const memo = new ArticleFileMemo();
    const first = loadContent(dir, { memo }).articles.get(articleKey('2024-12-09', 'a'));
    await photo('images/a.jpg', 640, 300);
    const second = loadContent(dir, { memo }).articles.get(articleKey('2024-12-09', 'a'));
    expect(first?.leadPhoto?.image.width).toBe(400);
    expect(second?.leadPhoto?.image.width).toBe(640);
  });

  it('are left alone by `check` when used, and named when no article uses them', async () => {
    await photo('images/used.jpg', 40, 30);
    await photo('unused.jpg', 40, 30);
    await photo('cover.jpg', 40, 30);
    write('issue.yaml', 'coverAlt: 封面\n');
    write('a.md', article('甲', '![图说](images/used.jpg)'));
    const { warnings, errors } = validateContent(dir, { lint: chineseTextWarnings });
    expect(errors).toEqual([]);
    expect(warnings.map((warning) => formatProblem(warning).replace(`${dir}/`, ''))).toEqual([
      '2024-12-09/unused.jpg: photo: no article uses this photo; point at it with ![图说](path) or remove it',
    ]);
  });
});

describe('photo file names in addresses', () => {
  it('keep plain ASCII, lower-cased, and fall back to "photo"', () => {
    expect(photoName('images/Canteen 2.JPG')).toBe('canteen-2');
    expect(photoName('images/食堂.jpg')).toBe('photo');
    expect(photoName('images/2024_12_09-食堂-lunch.png')).toBe('2024-12-09-lunch');
    expect(photoName(`images/${'a'.repeat(60)}.jpg`)).toHaveLength(40);
  });
});
