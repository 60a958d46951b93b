import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentReport, formatProblem } from '../../lib/content/problems';
import { loadContent } from '../../lib/content/load-content';
import { readImage } from '../../lib/content/print-files';
import { coverHref, pagePdfHref, photoHref, scanHref } from '../../lib/publishing/routes';
import { SCAN_WIDTHS, THUMBNAIL_WIDTH, areaClipHrefOf, pagePrintFiles } from '../../lib/publishing/print-images';
import { fixtureContent } from '../support/fixture-content';
import { FIXTURE_SCANS } from '../support/render-print-fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'print-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('page scans and PDFs', () => {
  it('are read with their size and dimensions', () => {
    const report = new ContentReport();
    const scan = readImage(FIXTURE_SCANS.site, report);
    expect(report.errors).toEqual([]);
    expect(scan).toMatchObject({ format: 'jpeg', width: 1200, height: 1800 });
    const page = fixtureContent.issues.find((issue) => issue.date === '2024-12-16')?.pages[0];
    expect(page?.scan).toEqual(scan);
    expect(page?.pdf?.bytes).toBeGreaterThan(500);
  });

  it('are refused over 20 MB, or when the picture is not what the name says', () => {
    const report = new ContentReport();
    const big = path.join(work, 'big.jpg');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    const png = path.join(work, 'named.png');
    copyFileSync(FIXTURE_SCANS.site, png);
    expect(readImage(big, report)).toBeUndefined();
    expect(readImage(png, report)).toBeUndefined();
    expect(report.errors.map((problem) => formatProblem(problem).replace(`${work}/`, ''))).toEqual([
      'big.jpg: file: is 21.0 MB; the most is 20 MB',
      'named.png: file: is a jpg image, not what its name says (.png)',
    ]);
  });
});

describe('the images served for a scan', () => {
  const issue = fixtureContent.issues.find((candidate) => candidate.date === '2024-12-16');
  const page = issue?.pages[0];
  if (!issue || !page?.scan) throw new Error('the fixture scan is missing');

  const files = pagePrintFiles(issue.date, page);
  const render = async (name: string) => {
    const file = files.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`no file ${name}`);
    return file.render();
  };
  const clips = page.articles.flatMap((article) => areaClipHrefOf(article, page.scan) ?? []).map((href) => href.slice(href.lastIndexOf('/') + 1));

  it('are WebP at each width and a thumbnail, the original, a clipping of each article with an area, and the PDF, each named with its hash', () => {
    expect(files.map((file) => file.name)).toEqual([
      ...[THUMBNAIL_WIDTH, ...SCAN_WIDTHS].map((width) => `scan-${page.scan?.hash}-${width}.webp`),
      `scan-${page.scan?.hash}.jpg`,
      ...clips,
      `page-${page.pdf?.hash}.pdf`,
    ]);
    expect(clips).toHaveLength(page.articles.filter((article) => article.area).length);
    expect(clips[0]).toMatch(/^clip-b-kuaixun-[0-9a-f]{8}\.jpg$/);
  });

  it('clip an article out of its page at its area', async () => {
    const clip = await sharp((await render(clips[0])).body).metadata();
    // b-kuaixun's area is [4, 3, 92, 40] of a 1200 × 1800 scan.
    expect(clip).toMatchObject({ format: 'jpeg', width: 1104, height: 720 });
  });

  it('are resized to their width, and at 360 px cost at most 80 KB', async () => {
    const sizes: string[] = [];
    for (const width of SCAN_WIDTHS) {
      const rendered = await render(`scan-${page.scan?.hash}-${width}.webp`);
      const metadata = await sharp(rendered.body).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width, height: Math.round((width * 1800) / 1200) });
      sizes.push(`${width}px ${(rendered.body.length / 1024).toFixed(1)} KB`);
      if (width === 360) expect(rendered.body.length).toBeLessThanOrEqual(80 * 1024);
    }
    console.log(`scan sizes: ${sizes.join(', ')}`);
    await expect(render(`page-${page.pdf?.hash}.pdf`)).resolves.toMatchObject({ type: 'application/pdf' });
  });
});

describe('the addresses of scans, PDFs, covers and photos', () => {
  /** An issue whose four kinds of files are each 1 MB, as real scans are: well past any sampled head or tail. */
  function issueFolder() {
    const dir = mkdtempSync(path.join(work, 'content-'));
    const issue = path.join(dir, '2024-12-16');
    mkdirSync(path.join(issue, 'pages'), { recursive: true });
    mkdirSync(path.join(issue, 'images'));
    const padded = (file: string) => Buffer.concat([readFileSync(file), Buffer.alloc(1024 * 1024, 0x20)]);
    writeFileSync(path.join(issue, 'pages', '01.jpg'), padded(FIXTURE_SCANS.site));
    writeFileSync(path.join(issue, 'pages', '01.pdf'), padded(FIXTURE_SCANS.sitePdf));
    writeFileSync(path.join(issue, 'cover.jpg'), padded(FIXTURE_SCANS.siteCover));
    writeFileSync(path.join(issue, 'issue.yaml'), 'coverAlt: 封面\n');
    writeFileSync(path.join(issue, 'images', 'photo.jpg'), padded(FIXTURE_SCANS.siteCover));
    writeFileSync(path.join(issue, 'wen-zhang.md'), '---\ntitle: 文章\nsection: 要闻\npage: 1\n---\n\n![图说。](images/photo.jpg "许宁 摄")\n\n正文。\n');
    return { dir, files: ['pages/01.jpg', 'pages/01.pdf', 'cover.jpg', 'images/photo.jpg'].map((name) => path.join(issue, name)) };
  }

  function addresses(dir: string): string[] {
    const issue = loadContent(dir, { publishUntil: '2024-12-31' }).issues[0];
    const page = issue.pages[0];
    const photo = issue.pages[0].articles[0].leadPhoto;
    if (!page.scan || !page.pdf || !issue.coverImage || !photo) throw new Error('a file was not read');
    return [scanHref(issue.date, 1, page.scan), pagePdfHref(issue.date, 1, page.pdf), coverHref(issue.date, issue.coverImage), photoHref(issue.date, photo, 720)];
  }

  const sha256sum = (file: string) => execFileSync('sha256sum', [file], { encoding: 'utf8' }).slice(0, 10);

  it('hold the first digits of the SHA-256 of the whole file, as sha256sum reads it', () => {
    const { dir, files } = issueFolder();
    const [scan, pdf, cover, photo] = addresses(dir);
    expect(scan).toBe(`/issues/2024-12-16/pages/01/scan-${sha256sum(files[0])}.jpg`);
    expect(pdf).toBe(`/issues/2024-12-16/pages/01/page-${sha256sum(files[1])}.pdf`);
    expect(cover).toBe(`/covers/2024-12-16/cover-${sha256sum(files[2])}.jpg`);
    expect(photo).toBe(`/photos/2024-12-16/photo-${sha256sum(files[3])}-720.webp`);
  });

  it('change when one byte in the middle of the file changes, its size the same', () => {
    const { dir, files } = issueFolder();
    const before = addresses(dir);
    const later = new Date(Date.now() + 5000);
    for (const file of files) {
      const bytes = readFileSync(file);
      bytes[bytes.length >> 1] ^= 0xff;
      writeFileSync(file, bytes);
      utimesSync(file, later, later);
    }
    const after = addresses(dir);
    for (const [index, address] of after.entries()) expect(address).not.toBe(before[index]);
  });

  it('are read again only when a file’s size or modification time changes', () => {
    const { dir, files } = issueFolder();
    const mtime = new Date('2024-12-15T08:00:00Z');
    utimesSync(files[0], mtime, mtime);
    const before = addresses(dir);
    // New bytes under the same size and modification time: the remembered hash is kept, not read again.
    const bytes = readFileSync(files[0]);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(files[0], bytes);
    utimesSync(files[0], mtime, mtime);
    expect(addresses(dir)).toEqual(before);
  });
});

