import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrCode } from '../../lib/publishing/qr-code';

/** The cells a path of `M x y h w v1 h-w z` rectangles paints. */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dx = 0; dx < Number(width); dx++) cells.add(`${Number(x) + dx},${y}`);
  }
  return cells;
}

describe('QR codes for sharing', () => {
  it('paint exactly the dark modules of the code of the URL, quiet zone included', () => {
    const url = 'https://minsheng.example/issues/2024-12-09/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti';
    const { size, path } = qrCode(url);
    const { data } = encode(url, { ecc: 'M', border: 4 });
    const dark = new Set(data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))));
    expect(size).toBe(data.length);
    expect(paintedCells(path)).toEqual(dark);
    // Four light modules on every side.
    for (const cell of paintedCells(path)) {
      const [x, y] = cell.split(',').map(Number);
      expect(Math.min(x, y, size - 1 - x, size - 1 - y)).toBeGreaterThanOrEqual(4);
    }
  });

  it('differ for different URLs and encode non-ASCII addresses', () => {
    expect(qrCode('https://minsheng.example/a').path).not.toBe(qrCode('https://minsheng.example/b').path);
    expect(qrCode('https://minsheng.example/sections/城市-乡村-0860a128').size).toBeGreaterThan(21);
  });
});
