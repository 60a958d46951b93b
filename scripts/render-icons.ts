/**
 * Renders the site's icons from public/icons/icon.svg: the favicon (app/icon.png) and the web app
 * manifest's icons (public/icons/). Run after changing the icon; the PNGs are committed, since the
 * glyph needs the Noto CJK fonts, which a build machine may not have.
 *
 * The favicon is a PNG rather than the SVG itself: a browser draws an SVG favicon with a document of
 * its own in the page's renderer, which lays out the glyph in a CJK font on the page's main thread
 * while the page loads (BENCHMARKS.md).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/icons/icon.svg');
const render = (size: number) => sharp(svg, { density: (72 * size) / 64 }).resize(size, size);

/** 96 px: twice the 48 px grid search engines ask of favicons, sharp on a 3× screen at 32 px. */
await render(96).png({ compressionLevel: 9, palette: true }).toFile('app/icon.png');
mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) {
  await render(size).png({ compressionLevel: 9 }).toFile(`public/icons/icon-${size}.png`);
  // Maskable: the same mark on a full-bleed square, inside the safe zone (the middle 80%).
  const inner = Math.round(size * 0.8);
  await sharp({ create: { width: size, height: size, channels: 4, background: '#b3121b' } })
    .composite([{ input: await render(inner).png().toBuffer(), gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/maskable-${size}.png`);
}
console.log('app/icon.png; public/icons/: icon-192.png, icon-512.png, maskable-192.png, maskable-512.png');
