import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where merged 全本PDF files are kept between builds (lib/publishing/issue-pdf.ts): the folder this
 * variable names, which next.config.ts sets inside the build's cache/. Unset, nothing is kept.
 * Each file is kept beside its page count, under its name, which holds a hash of its pages.
 */
export const ISSUE_PDF_CACHE_VARIABLE = 'ISSUE_PDF_CACHE';

/** The kept file and its page count; undefined when it was not kept. */
export function keptIssuePdf(name: string): { body: Buffer; pages: number } | undefined {
  const folder = process.env[ISSUE_PDF_CACHE_VARIABLE];
  if (!folder) return undefined;
  try {
    const body = readFileSync(path.join(folder, name));
    return { body, pages: Number(readFileSync(path.join(folder, `${name}.pages`), 'utf8')) };
  } catch {
    return undefined;
  }
}

export function keepIssuePdf(name: string, date: string, body: Buffer, pages: number): void {
  const folder = process.env[ISSUE_PDF_CACHE_VARIABLE];
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  // The issue's older merges go; build workers may write the same file at once, so each writes its own and renames.
  for (const old of readdirSync(folder)) if (old.startsWith(`minsheng-weekly-${date}-`) && !old.startsWith(name)) rmSync(path.join(folder, old), { force: true });
  const partial = path.join(folder, `${name}.${process.pid}.partial`);
  writeFileSync(`${partial}.pages`, String(pages));
  renameSync(`${partial}.pages`, path.join(folder, `${name}.pages`));
  writeFileSync(partial, body);
  renameSync(partial, path.join(folder, name));
}
