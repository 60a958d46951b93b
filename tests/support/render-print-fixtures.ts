/**
 * Renders the print files the fixtures need (page scans, PDFs, covers) before any test runs, so no
 * binary sits in the repository. A vitest global set-up of every project; quick when they exist.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

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
}
