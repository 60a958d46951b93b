import path from 'node:path';
import sharp from 'sharp';

/**
 * A photograph as far as compression can tell: large smooth shapes, finer detail over them and a
 * camera's grain, so it costs what a real photo costs as JPEG, PNG and resized WebP.
 */
export async function renderPhoto(file: string, width: number, height: number, { seed = 11, grain = 12, quality = 90 } = {}): Promise<void> {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const layer = (columns: number, rows: number, amplitude: number) => {
    const small = Buffer.alloc(columns * rows * 3);
    for (let index = 0; index < small.length; index++) small[index] = Math.floor(128 + (random() - 0.5) * 2 * amplitude);
    return sharp(small, { raw: { width: columns, height: rows, channels: 3 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  };
  const [shapes, detail, texture] = await Promise.all([
    layer(12, 9, 120),
    layer(160, 120, 40),
    layer(Math.max(1, Math.round(width / 6)), Math.max(1, Math.round(height / 6)), 25),
  ]);
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) {
    const value = shapes[index] + (detail[index] - 128) + (texture[index] - 128) + (random() - 0.5) * grain;
    pixels[index] = Math.max(0, Math.min(255, Math.round(value)));
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  const extension = path.extname(file).toLowerCase();
  await (extension === '.png' ? image.png() : extension === '.webp' ? image.webp({ quality }) : image.jpeg({ quality })).toFile(file);
}

/** The two photos of a typical article as editors receive them: a camera's JPEG of about 1.4 MB and a PNG of about 3 MB. */
export const TYPICAL_ARTICLE_PHOTOS = {
  jpeg: { width: 3000, height: 2000, seed: 11, grain: 14, quality: 90 },
  png: { width: 1280, height: 960, seed: 12, grain: 6 },
} as const;
