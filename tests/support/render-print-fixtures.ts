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

const ePaper = (...parts: string[]) => path.resolve('tests', 'fixtures', 'e-paper', 'paper.people.com.cn', 'mszk', ...parts);

/**
 * The files of the saved e-paper issues the importer reads (tests/fixtures/e-paper): page scans
 * named as the platform names them (`….jpg.2`, a JPEG), page PDFs and article photos. Page 1 of
 * 2024-12-23 has no scan: the page whose image is missing.
 */
export const E_PAPER_FILES = {
  scans: [1, 2, 3].map((page) => ePaper('pc', 'pic', '202412', '16', `9f1c2a4e-000${page}.jpg.2`)),
  pdfs: [1, 2, 3].map((page) => ePaper('pc', 'attachement', '202412', '16', `5b7d-000${page}.pdf`)),
  photos: [ePaper('pc', 'pic', '202412', '16', 'a1b2c3d4-photo1.jpg'), ePaper('pc', 'pic', '202412', '16', 'a1b2c3d4-photo2.png'), ePaper('pc', 'pic', '202412', '16', 'a1b2c3d4-photo3.jpg')],
  older: [ePaper('images', '2023-12', '18', '01', 'mszk2023121801_b.jpg'), ePaper('images', '2023-12', '18', '02', 'mszk2023121802_b.jpg')],
  olderPdf: ePaper('images', '2023-12', '18', '02', 'mszk2023121802.pdf'),
};

export default async function setup(): Promise<void> {
  for (const [index, file] of E_PAPER_FILES.scans.entries()) {
    await ensure(file, (partial) => renderScan(partial, 1200, 1600, index === 0 ? [[10, 60, 80, 30]] : [[5, 5, 90, 40], [5, 50, 90, 45]]));
  }
  for (const [index, file] of E_PAPER_FILES.pdfs.entries()) await ensure(file, (partial) => renderPdf(partial, `Minsheng Weekly 2024-12-16 page 0${index + 1}`));
  for (const [index, file] of E_PAPER_FILES.photos.entries()) await ensure(file, (partial) => renderPhoto(partial, 800, 533, { seed: 20 + index }));
  for (const file of E_PAPER_FILES.older) await ensure(file, (partial) => renderScan(partial, 900, 1200, [[5, 5, 90, 60]]));
  await ensure(E_PAPER_FILES.olderPdf, (partial) => renderPdf(partial, 'Minsheng Weekly 2023-12-18 page 02'));

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
