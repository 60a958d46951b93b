import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readPagesFolder } from '../../lib/content/print-files';
import { ContentReport } from '../../lib/content/problems';
import { ISSUE_PDF_CACHE_VARIABLE } from '../../lib/publishing/issue-pdf-cache';
import { type PrintedIssue, issuePdf, issuePdfFile } from '../../lib/publishing/issue-pdf';

const dir = mkdtempSync(path.join(tmpdir(), 'issue-pdf-'));
const pagesDir = path.join(dir, 'pages');

/** A PDF whose pages are `width` points wide and each of `heights` tall, to tell them apart. */
async function writePdf(name: string, width: number, heights: number[]): Promise<void> {
  const document = await PDFDocument.create();
  for (const height of heights) document.addPage([width, height]);
  writeFileSync(path.join(pagesDir, name), await document.save());
}

async function writeScan(name: string, width: number, height: number): Promise<void> {
  const image = sharp({ create: { width, height, channels: 3, background: '#eeeeee' } });
  const format = path.extname(name).slice(1);
  await (format === 'png' ? image.png() : format === 'webp' ? image.webp() : image.jpeg()).toFile(path.join(pagesDir, name));
}

function issueFromFolder(date = '2024-12-16'): PrintedIssue {
  const report = new ContentReport();
  const { scans, pdfs } = readPagesFolder(pagesDir, report);
  expect(report.errors).toEqual([]);
  const numbers = [...new Set([...scans.keys(), ...pdfs.keys(), 7])];
  return { date, pages: numbers.map((page) => ({ page, scan: scans.get(page), pdf: pdfs.get(page) })) };
}

/** Each page's size in points, rounded, in the merged file's order. */
async function pageSizes(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes);
  return document.getPages().map((page) => `${Math.round(page.getWidth())}×${Math.round(page.getHeight())}`);
}

beforeAll(async () => {
  mkdirSync(pagesDir, { recursive: true });
  // Page 1: a PDF of two pages; page 2: a PNG scan; page 3: a PDF and a scan (the PDF is used);
  // page 4: a WebP scan; page 10 after page 4 (not after page 1, as names sort); page 7: nothing.
  await writePdf('01.pdf', 500, [101, 102]);
  await writeScan('02.png', 400, 600);
  await writePdf('03.pdf', 503, [303]);
  await writeScan('03.jpg', 100, 100);
  await writeScan('04.webp', 300, 600);
  await writePdf('10.pdf', 510, [1010]);
});
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('全本PDF', () => {
  it('joins each page’s PDF, or its scan as a page as wide as A4, in page order', async () => {
    const file = (await issuePdfFile(issueFromFolder())) ?? expect.unreachable();
    expect(await pageSizes(file.body)).toEqual(['500×101', '500×102', '595×893', '503×303', '595×1191', '510×1010']);
    expect(file.pages).toBe(6);
    expect(file.name).toMatch(/^minsheng-weekly-2024-12-16-[0-9a-f]{10}\.pdf$/);
    const document = await PDFDocument.load(file.body);
    expect(document.getTitle()).toBe('民生周刊 2024-12-16');
  });

  it('says where it is, how large and how many pages; none for an issue without page files', async () => {
    const issue = issueFromFolder();
    const pdf = (await issuePdf(issue)) ?? expect.unreachable();
    expect(pdf.href).toBe(`/issues/2024-12-16/pdf/${pdf.name}`);
    expect(pdf.pages).toBe(6);
    expect(pdf.bytes).toBe((await issuePdfFile(issue))?.body.length);
    await expect(issuePdf({ date: '2024-12-09', pages: [{ page: 1 }, { page: 2 }] })).resolves.toBeUndefined();
  });

  it('is kept between builds under a name that changes with any page, and merged again only then', async () => {
    const cache = path.join(dir, 'cache');
    vi.stubEnv(ISSUE_PDF_CACHE_VARIABLE, cache);
    const issue = { ...issueFromFolder(), date: '2024-12-23' };
    const first = (await issuePdfFile(issue)) ?? expect.unreachable();
    expect(readdirSync(cache).sort()).toEqual([first.name, `${first.name}.pages`]);

    // A new process: what was kept is read back, not merged again.
    vi.resetModules();
    const fresh = await import('../../lib/publishing/issue-pdf');
    const load = vi.spyOn(PDFDocument, 'load');
    const again = (await fresh.issuePdfFile(issue)) ?? expect.unreachable();
    expect(load).not.toHaveBeenCalled();
    expect(Buffer.compare(again.body, first.body)).toBe(0);
    load.mockRestore();

    // One scan changes: a new name, and the old file goes.
    await writeScan('02.png', 400, 800);
    const changed = (await issuePdfFile({ ...issueFromFolder(), date: '2024-12-23' })) ?? expect.unreachable();
    expect(changed.name).not.toBe(first.name);
    expect((await pageSizes(changed.body))[2]).toBe('595×1191');
    expect(readdirSync(cache).sort()).toEqual([changed.name, `${changed.name}.pages`]);
  });

  it('names the page PDF it cannot read', async () => {
    const broken = path.join(dir, 'broken');
    mkdirSync(path.join(broken, 'pages'), { recursive: true });
    writeFileSync(path.join(broken, 'pages', '05.pdf'), '%PDF-1.7\nnot really a PDF');
    const report = new ContentReport();
    const { pdfs } = readPagesFolder(path.join(broken, 'pages'), report);
    await expect(issuePdfFile({ date: '2024-12-30', pages: [{ page: 5, pdf: pdfs.get(5) }] })).rejects.toThrow(/pages\/05\.pdf: cannot be read as a PDF/);
  });
});
