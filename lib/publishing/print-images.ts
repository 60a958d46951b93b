import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { fnv1a } from '../fnv1a';
import type { ArticleSummary, Issue, IssuePage } from '../content/model';
import type { ImageFile } from '../content/print-files';
import { areaBounds } from '../content/area';
import { areaClipHref, coverHref, pagePdfHref, photoHref, scanHref } from './routes';

/**
 * The files made from the print edition when the site is built: each scan as WebP at a few widths
 * (and a thumbnail for 版面导航), each article's clipping of its page for link previews, each cover
 * at two widths; the originals and PDFs as supplied. Every name holds a hash of its source, so the
 * files may be cached for good.
 */

/** The widths a scan is served at: a phone, a tablet or half a desktop, a wide screen. */
export const SCAN_WIDTHS = [360, 720, 1200] as const;
/** A page's thumbnail in 版面导航. */
export const THUMBNAIL_WIDTH = 120;
/** A cover in a list (240) and on the contents page (480). */
export const COVER_WIDTHS = [240, 480] as const;
/** The widest clipping of an article, as link previews show them. */
const CLIP_MAX_WIDTH = 1200;

export type PrintFile = { name: string; render: () => Promise<{ body: Buffer; type: string }> };

const CONTENT_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' } as const;
const nameOf = (href: string) => href.slice(href.lastIndexOf('/') + 1);

/** The widths of an image no wider than itself, always at least the smallest. */
export function widthsFor(image: Pick<ImageFile, 'width'>, widths: readonly number[]): number[] {
  const fitting = widths.filter((width) => width <= image.width);
  return fitting.length > 0 ? fitting : [widths[0]];
}

export const scanWidths = (scan: Pick<ImageFile, 'width'>) => widthsFor(scan, SCAN_WIDTHS);

function original(href: string, image: ImageFile): PrintFile {
  return { name: nameOf(href), render: async () => ({ body: readFileSync(image.file), type: CONTENT_TYPES[image.format] }) };
}

function resized(href: string, image: ImageFile, width: number): PrintFile {
  // Smaller images carry fewer details, so they can take a lower quality at the same look.
  const quality = width <= 360 ? 60 : 70;
  return {
    name: nameOf(href),
    render: async () => ({ body: await sharp(image.file).rotate().resize({ width, withoutEnlargement: true }).webp({ quality }).toBuffer(), type: CONTENT_TYPES.webp }),
  };
}

/** Where an article's area lies in its scan, in pixels. */
function areaInPixels(scan: ImageFile, [x, y, width, height]: [number, number, number, number]) {
  const left = Math.round((scan.width * x) / 100);
  const top = Math.round((scan.height * y) / 100);
  return {
    left,
    top,
    width: Math.max(1, Math.min(scan.width - left, Math.round((scan.width * width) / 100))),
    height: Math.max(1, Math.min(scan.height - top, Math.round((scan.height * height) / 100))),
  };
}

/** The clipping of an article from its page's scan, for `og:image` and JSON-LD; undefined without an area. */
export function areaClipHrefOf(article: Pick<ArticleSummary, 'date' | 'page' | 'slug' | 'area'>, scan: ImageFile | undefined): string | undefined {
  if (!article.area || !scan) return undefined;
  const hash = fnv1a(`${scan.hash}:${JSON.stringify(article.area)}`).toString(16).padStart(8, '0');
  return areaClipHref(article.date, article.page, article.slug, hash);
}

/** Every file served for one page of an issue. */
export function pagePrintFiles(date: string, page: IssuePage): PrintFile[] {
  const { scan, pdf } = page;
  const files: PrintFile[] = [];
  if (scan) {
    for (const width of [THUMBNAIL_WIDTH, ...scanWidths(scan)]) files.push(resized(scanHref(date, page.page, scan, width), scan, width));
    files.push(original(scanHref(date, page.page, scan), scan));
    for (const article of page.articles) {
      const href = areaClipHrefOf(article, scan);
      if (!href || !article.area) continue;
      const box = areaInPixels(scan, areaBounds(article.area));
      files.push({
        name: nameOf(href),
        render: async () => ({
          body: await sharp(scan.file).rotate().extract(box).resize({ width: Math.min(CLIP_MAX_WIDTH, box.width) }).jpeg({ quality: 80 }).toBuffer(),
          type: CONTENT_TYPES.jpeg,
        }),
      });
    }
  }
  if (pdf) files.push({ name: nameOf(pagePdfHref(date, page.page, pdf)), render: async () => ({ body: readFileSync(pdf.file), type: CONTENT_TYPES.pdf }) });
  return files;
}

/** Every file served for an issue's cover. */
export function coverFiles(issue: Pick<Issue, 'date' | 'coverImage'>): PrintFile[] {
  const cover = issue.coverImage;
  if (!cover) return [];
  return [...widthsFor(cover, COVER_WIDTHS).map((width) => resized(coverHref(issue.date, cover, width), cover, width)), original(coverHref(issue.date, cover), cover)];
}

/** The issue's cover as link previews and JSON-LD show it: the cover file, or the `cover:` path of issue.yaml. */
export function issueCoverPath(issue: Pick<Issue, 'date' | 'coverImage' | 'cover'>): string | undefined {
  if (issue.coverImage) return coverHref(issue.date, issue.coverImage, widthsFor(issue.coverImage, COVER_WIDTHS).at(-1));
  return issue.cover;
}

/**
 * An article's picture for link previews and JSON-LD: its first photo, else its clipping of the
 * printed page, else the issue's cover.
 */
export function articleImagePath(article: Pick<ArticleSummary, 'date' | 'page' | 'slug' | 'area' | 'leadPhoto'>, issue: Issue): string | undefined {
  if (article.leadPhoto) return photoHref(article.date, article.leadPhoto, 'preview');
  const scan = issue.pages.find((page) => page.page === article.page)?.scan;
  return areaClipHrefOf(article, scan) ?? issueCoverPath(issue);
}
