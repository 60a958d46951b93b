import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { Issue, IssuePage } from '../content/model';
import type { ImageFile } from '../content/print-files';
import { pagePdfHref, scanHref } from './routes';

/** The widths a scan is served at: a phone, a tablet or half a desktop, a wide screen. */
export const SCAN_WIDTHS = [360, 720, 1200] as const;

/** The widths of a scan that are no wider than the scan itself (always at least the smallest). */
export function scanWidths(scan: Pick<ImageFile, 'width'>): number[] {
  const fitting = SCAN_WIDTHS.filter((width) => width <= scan.width);
  return fitting.length > 0 ? fitting : [SCAN_WIDTHS[0]];
}

/** Every file of the page's print edition that the site serves, by its name in the URL. */
export function printFileNames(date: string, page: IssuePage): string[] {
  const name = (href: string) => href.slice(href.lastIndexOf('/') + 1);
  const { scan, pdf } = page;
  return [
    ...(scan ? [...scanWidths(scan).map((width) => name(scanHref(date, page.page, scan, width))), name(scanHref(date, page.page, scan))] : []),
    ...(pdf ? [name(pagePdfHref(date, page.page, pdf))] : []),
  ];
}

const CONTENT_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' } as const;

/** The bytes and type of one print file of a page, resized when it is a scan at a width; undefined for other names. */
export async function renderPrintFile(issue: Issue, page: IssuePage, fileName: string): Promise<{ body: Buffer; type: string } | undefined> {
  const { scan, pdf } = page;
  const href = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  if (pdf && fileName === href(pagePdfHref(issue.date, page.page, pdf))) return { body: readFileSync(pdf.file), type: CONTENT_TYPES.pdf };
  if (!scan) return undefined;
  if (fileName === href(scanHref(issue.date, page.page, scan))) return { body: readFileSync(scan.file), type: CONTENT_TYPES[scan.format] };
  const width = scanWidths(scan).find((candidate) => fileName === href(scanHref(issue.date, page.page, scan, candidate)));
  if (width === undefined) return undefined;
  // Smaller images carry fewer details, so they can take a lower quality at the same look.
  const quality = width <= 360 ? 60 : 70;
  const body = await sharp(scan.file).resize({ width, withoutEnlargement: true }).webp({ quality }).toBuffer();
  return { body, type: CONTENT_TYPES.webp };
}
