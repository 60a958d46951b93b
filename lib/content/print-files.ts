import { type Dirent, closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { displayPath } from './display-path';
import { fileHash } from './file-hashes';
import type { ContentReport } from './problems';

/**
 * The printed edition's files an editor may add to an issue folder: `pages/05.jpg` (the scan of page
 * 5), `pages/05.pdf` (its PDF) and `cover.jpg`. Each is checked here; images are resized when the
 * site is built (lib/publishing/print-images.ts).
 */

export type ImageFormat = 'jpeg' | 'png' | 'webp';
export type ImageFile = { file: string; format: ImageFormat; width: number; height: number; bytes: number; hash: string };
export type PdfFile = { file: string; bytes: number; hash: string };
export type PrintFiles = { scans: Map<number, ImageFile>; pdfs: Map<number, PdfFile>; cover?: ImageFile };

export const PAGES_FOLDER = 'pages';
export const MAX_PRINT_FILE_BYTES = 20 * 1024 * 1024;
const SCAN = /^(\d{2,3})\.(jpe?g|png|webp)$/i;
const PDF = /^(\d{2,3})\.pdf$/i;
export const COVER = /^cover\.(jpe?g|png|webp)$/i;
const FORMATS: Record<string, ImageFormat> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp' };

const HEAD_BYTES = 256 * 1024;
/** Hex digits of the file's SHA-256 in its URLs. */
const HASH_LENGTH = 10;

type Sample = { size: number; head: Buffer; hash: string };

/**
 * A file's size, its first 256 KB (where an image's dimensions are) and a hash of all its bytes
 * (file-hashes.ts, remembered by size and modification time): its URLs change whenever its bytes do,
 * and can be cached for good.
 */
function readSample(file: string, report: ContentReport): Sample | undefined {
  const stats = statSync(file);
  if (stats.size > MAX_PRINT_FILE_BYTES) {
    report.error({ file: displayPath(file), field: 'file', message: `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; the most is 20 MB` });
    return undefined;
  }
  const descriptor = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(stats.size, HEAD_BYTES));
    readSync(descriptor, head, 0, head.length, 0);
    return { size: stats.size, head, hash: fileHash(file, stats).slice(0, HASH_LENGTH) };
  } finally {
    closeSync(descriptor);
  }
}

/** An image's dimensions, from its head, or from the whole file where they lie further in. */
function dimensionsOf(file: string, head: Buffer): ReturnType<typeof imageSize> {
  try {
    return imageSize(head);
  } catch {
    return imageSize(readFileSync(file));
  }
}

export function readImage(file: string, report: ContentReport): ImageFile | undefined {
  const sample = readSample(file, report);
  if (!sample) return undefined;
  const expected = FORMATS[path.extname(file).slice(1).toLowerCase()];
  let size: ReturnType<typeof imageSize>;
  try {
    size = dimensionsOf(file, sample.head);
  } catch {
    report.error({ file: displayPath(file), field: 'file', message: 'is not a readable image; save it as JPEG, PNG or WebP' });
    return undefined;
  }
  const format = size.type === 'jpg' ? 'jpeg' : size.type;
  if (format !== expected) {
    report.error({ file: displayPath(file), field: 'file', message: `is a ${size.type ?? 'different'} image, not what its name says (${path.extname(file)})` });
    return undefined;
  }
  // A photo from a camera may be stored on its side with an EXIF orientation that turns it (5 to 8: a quarter turn).
  const turned = (size.orientation ?? 1) >= 5;
  return { file, format: expected, width: turned ? size.height : size.width, height: turned ? size.width : size.height, bytes: sample.size, hash: sample.hash };
}

function readPdf(file: string, report: ContentReport): PdfFile | undefined {
  const sample = readSample(file, report);
  if (!sample) return undefined;
  if (sample.head.subarray(0, 5).toString('latin1') !== '%PDF-') {
    report.error({ file: displayPath(file), field: 'file', message: 'is not a PDF' });
    return undefined;
  }
  return { file, bytes: sample.size, hash: sample.hash };
}

/** The scans and PDFs in an issue's `pages/` folder, by page number, with every problem reported. */
export function readPagesFolder(folder: string, report: ContentReport): Pick<PrintFiles, 'scans' | 'pdfs'> {
  const scans = new Map<number, ImageFile>();
  const pdfs = new Map<number, PdfFile>();
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return { scans, pdfs };
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    const scan = SCAN.exec(entry.name);
    const pdf = PDF.exec(entry.name);
    if (!entry.isFile() || (!scan && !pdf)) {
      report.error({ file: displayPath(file), field: 'file name', message: 'is not a page scan or PDF; name them by page: 05.jpg, 05.png, 05.webp, 05.pdf' });
      continue;
    }
    const page = Number((scan ?? pdf)?.[1]);
    if ((scan ? scans : pdfs).has(page)) {
      report.error({ file: displayPath(file), field: 'file name', message: `page ${page} has another ${scan ? 'scan' : 'PDF'} already` });
      continue;
    }
    if (scan) {
      const image = readImage(file, report);
      if (image) scans.set(page, image);
    } else {
      const document = readPdf(file, report);
      if (document) pdfs.set(page, document);
    }
  }
  return { scans, pdfs };
}
