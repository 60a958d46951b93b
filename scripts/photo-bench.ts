/**
 * npm run bench:photos: what the site makes of a typical article's two photos (a camera's 1.4 MB
 * JPEG, a 3 MB PNG; scripts/support/synthetic-photo.ts) when it is built: the seconds each photo's
 * sizes take with sharp (median of three), and the bytes of each size, which is what a phone at
 * 1×, 2× or 3× fetches (srcset picks 360, 720 or 1080 px on a 360 px screen).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentReport } from '../lib/content/problems';
import { readImage } from '../lib/content/print-files';
import { issuePhotoFiles } from '../lib/publishing/photo-images';
import { kb, median } from './bench-parts/figures';
import { TYPICAL_ARTICLE_PHOTOS, renderPhoto } from './support/synthetic-photo';

const RUNS = 3;
const folder = mkdtempSync(path.join(tmpdir(), 'photo-bench-'));
try {
  const rows: string[] = [];
  const phone = { 1: 0, 2: 0, 3: 0 };
  for (const [kind, { width, height, ...look }] of Object.entries(TYPICAL_ARTICLE_PHOTOS)) {
    const file = path.join(folder, `${kind}.${kind === 'jpeg' ? 'jpg' : 'png'}`);
    await renderPhoto(file, width, height, look);
    const image = readImage(file, new ContentReport());
    if (!image) throw new Error(`${file} is not readable`);
    const files = issuePhotoFiles('2024-12-09', [{ caption: '图说', image, name: kind }]);
    const seconds: number[] = [];
    const bytes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      for (const made of files) bytes.set(made.name, (await made.render()).body.length);
      seconds.push((performance.now() - start) / 1000);
    }
    const sizeOf = (suffix: string) => [...bytes].find(([name]) => name.endsWith(suffix))?.[1] ?? 0;
    phone[1] += sizeOf('-360.webp');
    phone[2] += sizeOf('-720.webp');
    phone[3] += sizeOf('-1080.webp');
    rows.push(
      `| ${kind.toUpperCase()} ${width} × ${height}, ${kb(statSync(file).size)} | ${median(seconds).toFixed(2)} s for ${files.length} files | ` +
        [...bytes].map(([name, size]) => `${name.slice(name.lastIndexOf('-') + 1)} ${kb(size)}`).join(', ') +
        ' |',
    );
  }
  console.log('| photo | build time (median of 3) | sizes made |\n| --- | --- | --- |');
  console.log(rows.join('\n'));
  console.log(`\nBoth photos, as a 360 px phone fetches them: ${kb(phone[1])} at 1×, ${kb(phone[2])} at 2×, ${kb(phone[3])} at 3×.`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
