import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentReport, formatProblem } from '../../lib/content/problems';
import { readImage } from '../../lib/content/print-files';
import { SCAN_WIDTHS, THUMBNAIL_WIDTH, areaClipHrefOf, pagePrintFiles } from '../../lib/publishing/print-images';
import { fixtureContent } from '../support/fixture-content';
import { FIXTURE_SCANS } from '../support/render-print-fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'print-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('page scans and PDFs', () => {
  it('are read with their size, dimensions and a hash of their bytes', () => {
    const report = new ContentReport();
    const scan = readImage(FIXTURE_SCANS.site, report);
    expect(report.errors).toEqual([]);
    expect(scan).toMatchObject({ format: 'jpeg', width: 1200, height: 1800 });
    expect(scan?.hash).toMatch(/^[0-9a-f]{10}$/);
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
