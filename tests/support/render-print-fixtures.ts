/**
 * Renders the print files and photos the fixtures need (page scans, PDFs, covers, article photos)
 * before any test runs, so no binary sits in the repository. A vitest global set-up of every
 * project; quick when they exist.
 */
import { existsSync, mkdirSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { TYPICAL_ARTICLE_PHOTOS, renderPhoto } from '../../scripts/support/synthetic-photo';

/** A printed page: paper with grey noise (as scans have), a masthead band and article blocks. */
async function renderScan(file: string, width: number, height: number, blocks: [number, number, number, number][]): Promise<void> {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index += 3) pixels.fill(235 + Math.floor(random() * 20), index, index + 3);
  const rectangles = blocks
    .map(([x, y, w, h]) => `<rect x="${x}%" y="${y}%" width="${w}%" height="${h}%" fill="none" stroke="#333" stroke-width="4"/>` +
      Array.from({ length: Math.floor(h / 1.5) }, (_, line) => `<rect x="${x + 2}%" y="${y + 3 + line * 1.4}%" width="${w - 4}%" height="0.6%" fill="#555"/>`).join(''))
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="0" y="0" width="100%" height="2%" fill="#b3121b"/>${rectangles}</svg>`;
  const image = sharp(pixels, { raw: { width, height, channels: 3 } }).composite([{ input: Buffer.from(svg) }]);
  await (file.endsWith('.png') ? image.png() : image.jpeg({ quality: 85 })).toFile(file);
}

async function renderPdf(file: string, title: string): Promise<void> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 24, font: await document.embedFont(StandardFonts.Helvetica) });
  writeFileSync(file, await document.save());
}

/** Renders `file` unless it exists; written beside it and renamed, so no test ever reads half a file. */
async function ensure(file: string, render: (file: string) => Promise<void>): Promise<void> {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial${path.extname(file)}`;
  await render(partial);
  renameSync(partial, file);
}

/** The photos of the fixture site's article 2024-12-02/tu-wen-shi-tang: a camera's JPEG and a PNG as editors get them. */
export const FIXTURE_PHOTOS = {
  /** About 1.4 MB. */
  jpeg: path.resolve('tests', 'fixtures', 'site', '2024-12-02', 'images', 'canteen.jpg'),
  /** About 3 MB. */
  png: path.resolve('tests', 'fixtures', 'site', '2024-12-02', 'images', 'menu.png'),
};

const errorCase = (name: string, file: string) => path.resolve('tests', 'fixtures', name, 'content', '2024-12-09', file);

export const FIXTURE_SCANS = {
  /** Page 1 of the fixture site's 2024-12-16 issue: two articles with areas, one without. */
  site: path.resolve('tests', 'fixtures', 'site', '2024-12-16', 'pages', '01.jpg'),
  sitePdf: path.resolve('tests', 'fixtures', 'site', '2024-12-16', 'pages', '01.pdf'),
  siteCover: path.resolve('tests', 'fixtures', 'site', '2024-12-16', 'cover.jpg'),
};

export default async function setup(): Promise<void> {
  await ensure(FIXTURE_SCANS.site, (file) =>
    renderScan(file, 1200, 1800, [
      [4, 3, 92, 40],
      [4, 46, 44, 50],
      [52, 46, 44, 50],
    ]),
  );
  await ensure(FIXTURE_SCANS.siteCover, (file) => renderScan(file, 600, 800, [[10, 60, 80, 30]]));
  await ensure(FIXTURE_SCANS.sitePdf, (file) => renderPdf(file, 'Minsheng Weekly 2024-12-16 page 01'));
  await ensure(path.resolve('tests', 'fixtures', 'content-errors', 'cover-without-alt', 'content', '2024-12-09', 'cover.png'), (file) =>
    renderScan(file, 300, 400, []),
  );
  for (const kind of ['jpeg', 'png'] as const) {
    const { width, height, ...look } = TYPICAL_ARTICLE_PHOTOS[kind];
    await ensure(FIXTURE_PHOTOS[kind], (file) => renderPhoto(file, width, height, look));
  }
  // Content with photos that are fine, so that each case shows only the problem it is about.
  for (const file of [
    errorCase('content-errors/photo-without-caption', 'images/market.jpg'),
    errorCase('content-errors/photo-inside-text', 'images/market.jpg'),
    errorCase('content-warnings/photo-not-used', 'images/used.jpg'),
    errorCase('content-warnings/photo-not-used', 'images/left-over.png'),
  ]) {
    await ensure(file, (partial) => renderPhoto(partial, 320, 240));
  }
  // Past the 20 MB limit, without writing 21 MB: the limit is checked on the size alone.
  await ensure(errorCase('content-errors/photo-too-large', 'images/huge.jpg'), async (file) => {
    writeFileSync(file, '');
    truncateSync(file, 21 * 1024 * 1024);
  });
}
