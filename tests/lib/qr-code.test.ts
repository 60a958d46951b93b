import { describe, expect, it } from 'vitest';
import { qrCode } from '../../lib/publishing/qr-code';
import { readQrCode } from '../support/read-qr-code';

/** The code as the share panel draws it: the path on a light square, one unit a module. */
const svgOf = ({ size, path }: { size: number; path: string }) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`);

/** The cells a path of `M x y h w v1 h-w z` rectangles paints. */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dx = 0; dx < Number(width); dx++) cells.add(`${Number(x) + dx},${y}`);
  }
  return cells;
}

describe('QR codes for sharing', () => {
  for (const url of [
    'https://minsheng.example/issues/2024-12-09/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti',
    'https://minsheng.example/sections/城市-乡村-0860a128',
    'https://minsheng.example/a',
  ]) {
    it(`read back by a scanner as the address itself: ${url}`, async () => {
      await expect(readQrCode(svgOf(qrCode(url)))).resolves.toBe(url);
    });
  }

  it('keep four light modules on every side, the quiet zone scanners need', () => {
    const { size, path } = qrCode('https://minsheng.example/issues/2024-12-09/a');
    const cells = [...paintedCells(path)].map((cell) => cell.split(',').map(Number));
    expect(cells.length).toBeGreaterThan(0);
    for (const [x, y] of cells) expect(Math.min(x, y, size - 1 - x, size - 1 - y)).toBeGreaterThanOrEqual(4);
  });
});
