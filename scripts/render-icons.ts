/**
 * Renders the app icons of the web app manifest (public/icons/) from app/icon.svg. Run after changing
 * the icon; the PNGs are committed, since the glyph needs the Noto CJK fonts, which a build machine
 * may not have.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('app/icon.svg');
mkdirSync('public/icons', { recursive: true });
for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`public/icons/icon-${size}.png`);
  // Maskable: the same mark on a full-bleed square, inside the safe zone (the middle 80%).
  const inner = Math.round(size * 0.8);
  await sharp({ create: { width: size, height: size, channels: 4, background: '#b3121b' } })
    .composite([{ input: await sharp(svg, { density: (72 * inner) / 64 }).resize(inner, inner).png().toBuffer(), gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/maskable-${size}.png`);
}
console.log('public/icons/: icon-192.png, icon-512.png, maskable-192.png, maskable-512.png');
