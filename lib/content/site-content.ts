import path from 'node:path';
import { ArticleFileMemo } from './article-file-memo';
import { contentStamp } from './content-stamp';
import { hashesComputed } from './file-hashes';
import type { IssueDate } from './issue-date';
import { loadContent } from './load-content';
import type { ContentIndex } from './model';
import { PARSE_CACHE_VARIABLE, PARSE_CACHE_VERSION_VARIABLE, parserCodeStamp, persistParseCache, restoreParseCache } from './parse-cache';
import { publicationCutOff } from './publication';

/**
 * Where the site's content comes from and how long it is kept: read once per process for a build or
 * `next start`, followed file by file in the editors' preview. The queries on it are in
 * content-index.ts.
 */

/** The content folder: `CONTENT_DIR` from the environment, or `content`. */
export function contentDir(): string {
  // Read at build time only: the pages are static, so the server output need not trace the content.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

type CachedContent = { dir: string; index: ContentIndex };

/**
 * Kept on globalThis: a build bundles this module into several server chunks, and each copy
 * would otherwise read the whole content folder again.
 */
const CACHE_KEY = Symbol.for('minsheng-weekly.content');

function cachedContent(): CachedContent {
  const dir = contentDir();
  const cached: CachedContent | undefined = Reflect.get(globalThis, CACHE_KEY);
  if (cached?.dir === dir) return cached;
  const fresh = { dir, index: loadWithParseCache(dir, publicationCutOff()) };
  Reflect.set(globalThis, CACHE_KEY, fresh);
  return fresh;
}

/**
 * A rebuild parses only the article files whose bytes changed since the last build; the others come
 * from the cache. The files parsed are kept even when some are invalid, so the next try after a fix
 * parses just the fixed ones.
 */
function loadWithParseCache(dir: string, publishUntil: IssueDate): ContentIndex {
  const cacheFile = process.env[PARSE_CACHE_VARIABLE];
  const version = process.env[PARSE_CACHE_VERSION_VARIABLE];
  if (!cacheFile || !version) return loadContent(dir, { publishUntil });
  const memo = restoreParseCache(cacheFile, version);
  const hashesAtRestore = hashesComputed();
  try {
    return loadContent(dir, { publishUntil, memo });
  } finally {
    try {
      persistParseCache(memo, cacheFile, version, hashesAtRestore);
    } catch (error) {
      console.warn(`The content parse cache was not saved (${String(error)}); the next build parses every file.`);
    }
  }
}

type Preview = {
  dir: string;
  /** The parsing code the memo's articles were parsed with (parserCodeStamp). */
  code: string;
  stamp?: string;
  index?: ContentIndex;
  memo: ArticleFileMemo;
  /** Set while the current synchronous run of lookups lasts, once the folder has been looked at. */
  lookedAtThisRun?: boolean;
};
const PREVIEW_KEY = Symbol.for('minsheng-weekly.preview');

/**
 * The editors' preview: the folder is checked by names, sizes and modification times (contentStamp),
 * read again only when something changed, and then only the files that changed. A content error is
 * thrown as in a build; the files read stay known for the next try. When the parsing code under
 * `lib/` changes, everything parsed with the old code is dropped.
 *
 * The check costs a stat of every file (70 ms at 10,000 articles), and one page makes several
 * lookups in a row (the article, its issue, its neighbours): the folder is looked at once per
 * synchronous run of them, and again on the next request.
 */
function previewContent(): ContentIndex {
  const dir = contentDir();
  const publishUntil = publicationCutOff();
  const kept: Preview | undefined = Reflect.get(globalThis, PREVIEW_KEY);
  if (kept?.dir === dir && kept.index && kept.lookedAtThisRun) return kept.index;
  const code = parserCodeStamp(process.cwd());
  const preview: Preview = kept?.dir === dir && kept.code === code ? kept : { dir, code, memo: new ArticleFileMemo() };
  Reflect.set(globalThis, PREVIEW_KEY, preview);
  const stamp = `${publishUntil}\n${contentStamp(dir)}`;
  if (!preview.index || preview.stamp !== stamp) {
    preview.index = undefined;
    preview.index = loadContent(dir, { publishUntil, preview: true, memo: preview.memo });
    preview.stamp = stamp;
  }
  preview.lookedAtThisRun = true;
  process.nextTick(() => {
    preview.lookedAtThisRun = false;
  });
  return preview.index;
}

/**
 * The content index of the published issues, built once per process. In `next dev` it holds the
 * scheduled issues too, marked for preview, and follows the folder: an edited, added or removed
 * file shows on the next refresh.
 */
export function getContent(): ContentIndex {
  if (process.env.NODE_ENV === 'development') return previewContent();
  return cachedContent().index;
}
