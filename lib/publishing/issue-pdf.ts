import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PDFDocument, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
import { displayPath } from '../content/display-path';
import type { ImageFile, PdfFile } from '../content/print-files';
import { issueHref } from './routes';
import { keptIssuePdf, keepIssuePdf } from './issue-pdf-cache';

/**
 * 全本PDF: the whole issue as one PDF, made when the site is built: each page's PDF where the
 * editors supplied one, else its scan as a page, in page order. Its name holds a hash of those
 * files, so it may be cached for good, and a build makes it again only when one of them changed:
 * the merged file is kept in the build's cache (issue-pdf-cache.ts) and in the process.
 */

/** Raised when the way pages are merged changes, so that no older merge is served under a new name. */
const MERGE_VERSION = 1;
/** A scan's page is as wide as A4 (in points); its height follows the scan. */
const SCAN_PAGE_WIDTH = 595.28;

/** An issue's printed pages, as far as 全本PDF needs them. */
export type PrintedIssue = { date: string; pages: readonly { page: number; pdf?: PdfFile; scan?: ImageFile }[] };
type Source = { page: number; pdf: PdfFile } | { page: number; scan: ImageFile };
export type IssuePdf = { name: string; href: string; bytes: number; pages: number };

/** Each page of the issue with a PDF or a scan, in page order. */
export function issuePdfSources(issue: Pick<PrintedIssue, 'pages'>): Source[] {
  return [...issue.pages]
    .sort((a, b) => a.page - b.page)
    .flatMap((page): Source[] => (page.pdf ? [{ page: page.page, pdf: page.pdf }] : page.scan ? [{ page: page.page, scan: page.scan }] : []));
}

/** The file's name: the issue's date and a hash of its pages' files; undefined without any. */
export function issuePdfName(issue: PrintedIssue): string | undefined {
  const sources = issuePdfSources(issue);
  if (sources.length === 0) return undefined;
  const key = sources.map((source) => ('pdf' in source ? `${source.page}:pdf:${source.pdf.hash}` : `${source.page}:scan:${source.scan.hash}`)).join('\n');
  const hash = createHash('sha256').update(`${MERGE_VERSION}\n${key}`).digest('hex').slice(0, 10);
  return `minsheng-weekly-${issue.date}-${hash}.pdf`;
}

/** Where the issue's PDF is served, when it has one. */
export function issuePdfHref(issue: PrintedIssue): string | undefined {
  const name = issuePdfName(issue);
  return name && `${issueHref(issue.date)}/pdf/${name}`;
}

async function scanAsJpegOrPng(scan: ImageFile): Promise<{ bytes: Buffer; format: 'jpeg' | 'png' }> {
  if (scan.format === 'jpeg' || scan.format === 'png') return { bytes: readFileSync(scan.file), format: scan.format };
  // PDF holds JPEG and PNG only: a WebP scan is re-encoded, at a quality that keeps its text sharp.
  return { bytes: await sharp(scan.file).rotate().jpeg({ quality: 85 }).toBuffer(), format: 'jpeg' };
}

/** The issue's pages merged into one PDF. A page PDF that cannot be read fails with its file named. */
export async function mergeIssuePdf(sources: Source[], title: string): Promise<{ bytes: Uint8Array; pages: number }> {
  const merged = await PDFDocument.create();
  for (const source of sources) {
    if ('pdf' in source) {
      let pages: PDFPage[];
      try {
        const document = await PDFDocument.load(readFileSync(source.pdf.file), { ignoreEncryption: true });
        pages = await merged.copyPages(document, document.getPageIndices());
      } catch (error) {
        throw new Error(`${displayPath(source.pdf.file)}: cannot be read as a PDF to join the whole issue (${error instanceof Error ? error.message : String(error)})`);
      }
      if (pages.length === 0) throw new Error(`${displayPath(source.pdf.file)}: has no pages to join the whole issue`);
      for (const page of pages) merged.addPage(page);
    } else {
      const { bytes, format } = await scanAsJpegOrPng(source.scan);
      const image = format === 'png' ? await merged.embedPng(bytes) : await merged.embedJpg(bytes);
      const height = (SCAN_PAGE_WIDTH * source.scan.height) / source.scan.width;
      merged.addPage([SCAN_PAGE_WIDTH, height]).drawImage(image, { x: 0, y: 0, width: SCAN_PAGE_WIDTH, height });
    }
  }
  merged.setTitle(title);
  merged.setProducer('民生周刊 数字版');
  // Fixed dates, so that the same pages always make the same bytes.
  merged.setCreationDate(new Date(0));
  merged.setModificationDate(new Date(0));
  return { bytes: await merged.save(), pages: merged.getPageCount() };
}

const made = new Map<string, Promise<{ body: Buffer; pages: number }>>();

/** The issue's PDF, merged once per process and kept between builds; undefined without pages to merge. */
export async function issuePdfFile(issue: PrintedIssue): Promise<{ name: string; body: Buffer; pages: number } | undefined> {
  const name = issuePdfName(issue);
  if (!name) return undefined;
  let making = made.get(name);
  if (!making) {
    making = (async () => {
      const kept = keptIssuePdf(name);
      if (kept && Number.isInteger(kept.pages) && kept.pages > 0) return kept;
      const { bytes, pages } = await mergeIssuePdf(issuePdfSources(issue), `民生周刊 ${issue.date}`);
      const body = Buffer.from(bytes);
      keepIssuePdf(name, issue.date, body, pages);
      return { body, pages };
    })();
    made.set(name, making);
    making.catch(() => made.delete(name));
  }
  return { name, ...(await making) };
}

/** What the contents page says of the issue's PDF: where, how large, how many pages. */
export async function issuePdf(issue: PrintedIssue): Promise<IssuePdf | undefined> {
  const file = await issuePdfFile(issue);
  const href = issuePdfHref(issue);
  return file && href ? { name: file.name, href, bytes: file.body.length, pages: file.pages } : undefined;
}
