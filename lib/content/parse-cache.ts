import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { ArticleFileMemo, type KnownFile } from './article-file-memo';
import { type KnownHash, hashesComputed, knownHashes, rememberHashes } from './file-hashes';

/**
 * The parse cache: what a build parsed (article files, by their bytes) and hashed (scans, PDFs,
 * covers, photos, by size and modification time), kept for the next build, which then parses only
 * the article files whose bytes changed. Its place on disk, its format and its version live here.
 *
 * next.config.ts sets both variables for every build process. Without them (scripts, tests of
 * lib/), every file is parsed; set empty, the cache is off.
 */
export const PARSE_CACHE_VARIABLE = 'CONTENT_PARSE_CACHE';
export const PARSE_CACHE_VERSION_VARIABLE = 'CONTENT_PARSE_CACHE_VERSION';

/** The layout of the file itself; a cache of another layout is set aside, whatever its version. */
const FORMAT = 2;

/** The code a parse depends on besides the file itself: the site's own code under `lib/` and the installed packages. */
function codeFiles(projectDir: string): string[] {
  const lib = path.join(projectDir, 'lib');
  const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => path.join(lib, name));
  return [...sources, path.join(projectDir, 'package-lock.json')];
}

/**
 * The version of the code that parses: `lib/` (the parser, the front-matter schema, the messages),
 * the installed packages (package-lock.json), Node's serialization format, and where the project is
 * (a problem names its file relative to it). Any change starts the cache afresh.
 */
export function parseCacheVersion(projectDir: string): string {
  const hash = createHash('sha1').update(`format ${FORMAT}\nnode ${process.versions.v8}\n${path.resolve(projectDir)}\n`);
  for (const file of codeFiles(projectDir)) hash.update(`${path.relative(projectDir, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The same code told apart by names, sizes and modification times, cheap enough for every request
 * of the editors' preview: an edit to the parser drops what the preview parsed with the old code.
 */
export function parserCodeStamp(projectDir: string): string {
  return codeFiles(projectDir)
    .map((file) => {
      const stats = statSync(file, { throwIfNoEntry: false });
      return `${file}:${stats?.size}:${stats?.mtimeMs}`;
    })
    .join('\n');
}

type CacheHeader = { format: number; version: string };
/** After the header, records of articles and of file hashes, a few hundred entries each. */
type CacheRecord = { articles: [string, KnownFile][] } | { hashes: [string, KnownHash][] };

function isCacheHeader(value: unknown): value is CacheHeader {
  return typeof value === 'object' && value !== null && 'format' in value && value.format === FORMAT && 'version' in value && typeof value.version === 'string';
}

/**
 * The memo kept in `cacheFile` for `version`, its file hashes remembered; an empty memo when there
 * is none, or it is for another version, or damaged.
 */
export function restoreParseCache(cacheFile: string, version: string): ArticleFileMemo {
  let records: Generator<unknown, void> | undefined;
  try {
    records = readRecords(cacheFile);
    const header = records.next().value;
    if (!isCacheHeader(header) || header.version !== version) return new ArticleFileMemo('content');
    const articles: [string, KnownFile][] = [];
    const hashes: [string, KnownHash][] = [];
    for (const record of records) {
      if (typeof record !== 'object' || record === null) throw new Error(`${cacheFile}: a record is not an object`);
      if ('articles' in record && Array.isArray(record.articles)) articles.push(...record.articles);
      if ('hashes' in record && Array.isArray(record.hashes)) hashes.push(...record.hashes);
    }
    rememberHashes(hashes);
    return new ArticleFileMemo('content', articles);
  } catch {
    return new ArticleFileMemo('content');
  } finally {
    records?.return();
  }
}

/**
 * Writes the files the memo was asked for, and the file hashes known, to `cacheFile`, whole or not
 * at all. Nothing is written when nothing changed since it was restored.
 */
export function persistParseCache(memo: ArticleFileMemo, cacheFile: string, version: string, hashesAtRestore: number): void {
  if (!memo.changedSinceMade && hashesComputed() === hashesAtRestore) return;
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    writeRecords(partial, cacheRecords({ format: FORMAT, version }, memo));
    renameSync(partial, cacheFile);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Records of a few hundred entries each, every one a length and Node's serialization of it: one
 * serialization of a 20,000-article archive would hold 300 MB at once.
 */
const ENTRIES_PER_RECORD = 256;

function* inRecords<T>(entries: Iterable<T>): Generator<T[], void> {
  let batch: T[] = [];
  for (const entry of entries) {
    batch.push(entry);
    if (batch.length === ENTRIES_PER_RECORD) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function* cacheRecords(header: CacheHeader, memo: ArticleFileMemo): Generator<CacheHeader | CacheRecord, void> {
  yield header;
  for (const articles of inRecords(memo.usedFiles())) yield { articles };
  for (const hashes of inRecords(knownHashes())) yield { hashes };
}

function writeRecords(file: string, records: Iterable<unknown>): void {
  const fd = openSync(file, 'w');
  try {
    for (const record of records) {
      const payload = serialize(record);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(payload.length);
      writeSync(fd, length);
      writeSync(fd, payload);
    }
  } finally {
    closeSync(fd);
  }
}

/** Each record in turn; a length that runs past the end of the file is damage, found before anything is allocated for it. */
function* readRecords(file: string): Generator<unknown, void> {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Buffer.alloc(4);
    let position = 0;
    while (readSync(fd, length, 0, 4, position) === 4) {
      const payloadLength = length.readUInt32LE();
      if (payloadLength > size - position - 4) throw new Error(`${file}: a record of ${payloadLength} bytes at byte ${position} runs past the end (${size} bytes)`);
      const payload = Buffer.alloc(payloadLength);
      if (readSync(fd, payload, 0, payloadLength, position + 4) !== payloadLength) throw new Error(`${file}: cut short`);
      position += 4 + payloadLength;
      yield deserialize(payload);
    }
  } finally {
    closeSync(fd);
  }
}
