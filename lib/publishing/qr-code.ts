import { encode } from 'uqr';

export type QrCode = { size: number; path: string };

/**
 * A QR code of `text` as one SVG path of its dark modules (a run of dark modules in a row is one
 * rectangle), with the four-module quiet zone scanners need. Medium error correction, as WeChat's
 * scanner reads reliably from a screen.
 */
export function qrCode(text: string): QrCode {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      runs.push(`M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return { size: data.length, path: runs.join('') };
}
