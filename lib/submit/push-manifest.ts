import { existsSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadContent } from '../content/load-content';
import { isIssueDate } from '../content/issue-date';
import { LISTING_FINGERPRINT, type PushEntry, pushList } from './push-list';

/**
 * What a build published, for `npm run submit`: every URL of the build's own sitemap, in push order,
 * each with its fingerprint. Written by the build beside its pages (`.next/`, or `out/` for an export,
 * where the leading dot keeps static servers from serving it), so what is pushed is what was built,
 * whenever the command runs, and never an issue whose day came after the build.
 */
export const PUSH_MANIFEST_FILE = '.push-manifest.json';

const manifestSchema = z.object({
  version: z.literal(1),
  builtAt: z.iso.datetime(),
  site: z.url(),
  entries: z.array(z.object({ url: z.url(), fingerprint: z.string().min(1) })),
});

export type PushManifest = z.infer<typeof manifestSchema>;

const SITEMAP_PART = /^\d+\.txt(?:\.body)?$/;

/**
 * The URLs of the text sitemaps a build wrote in `pagesDir`: `sitemap.txt` and `sitemaps/N.txt` as
 * files in an export, with `.body` after them in Next's server output.
 */
export function builtSitemapUrls(pagesDir: string): string[] {
  const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  const files = ['sitemap.txt', 'sitemap.txt.body'].map((name) => path.join(pagesDir, name)).filter(isFile);
  if (files.length === 0) throw new Error(`${pagesDir}: no sitemap.txt; is this a build's output?`);
  const parts = path.join(pagesDir, 'sitemaps');
  if (existsSync(parts)) {
    const names = readdirSync(parts).filter((name) => SITEMAP_PART.test(name) && isFile(path.join(parts, name)));
    files.push(...names.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)).map((name) => path.join(parts, name)));
  }
  const urls = new Set<string>();
  for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) urls.add(line.trim());
  return [...urls];
}

/** The newest issue a build published, from its URLs: the content up to it is what the build read. */
function newestIssueDate(urls: string[]): string | undefined {
  let newest: string | undefined;
  for (const url of urls) {
    const date = /\/issues\/(\d{4}-\d{2}-\d{2})(?:$|\/)/.exec(new URL(url).pathname)?.[1];
    if (date && isIssueDate(date) && (newest === undefined || date > newest)) newest = date;
  }
  return newest;
}

/**
 * The build's URLs in push order with the fingerprints of the content it was built from. The
 * content is read up to the newest issue the build holds, so issues dated later (scheduled when it
 * was built) are neither read nor pushed.
 */
export function pushManifest(builtUrls: string[], contentDir: string, site: string, builtAt: Date = new Date()): PushManifest {
  const publishUntil = newestIssueDate(builtUrls);
  const listed = publishUntil ? pushList(loadContent(contentDir, { publishUntil })) : [];
  const built = new Set(builtUrls);
  const entries: PushEntry[] = listed.filter(({ url }) => built.has(url));
  const known = new Set(entries.map(({ url }) => url));
  for (const url of builtUrls) if (!known.has(url)) entries.push({ url, fingerprint: LISTING_FINGERPRINT });
  return { version: 1, builtAt: builtAt.toISOString(), site, entries };
}

export function writePushManifest(dir: string, manifest: PushManifest): string {
  const file = path.join(dir, PUSH_MANIFEST_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest)}\n`);
  renameSync(temporary, file);
  return file;
}

export function readPushManifest(dir: string): PushManifest | undefined {
  const file = path.join(dir, PUSH_MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}); build again`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: '${issue?.path.join('.') ?? ''}' ${issue?.message ?? 'is not valid'}; build again`);
  }
  return result.data;
}
