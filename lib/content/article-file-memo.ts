import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IssueDate } from './issue-date';
import type { PhotoReference } from './markdown';
import type { Article } from './model';
import type { Photo } from './photos';
import { type ContentProblem, ContentReport } from './problems';
import { type ParsedArticle, buildArticle, readArticle } from './read-article';

type KnownFile = { stamp: string; article: ParsedArticle | undefined; errors: ContentProblem[] };

/**
 * How a memo tells an unchanged file: by size and modification time (the editors' preview, which
 * then reads nothing unchanged), or by its bytes (builds, whose checkouts give every file a new
 * modification time).
 */
export type FileStamp = 'modification' | 'content';

/**
 * Article files already parsed, kept while they stay the same: the editors' preview parses again
 * only the files that changed, and so does a rebuild with the parse cache (`persist`, `restore`).
 * A file's problems are kept with it and reported again each time.
 */
export class ArticleFileMemo {
  readonly #files: Map<string, KnownFile>;
  /** The files asked for since the memo was made: the ones a parse cache keeps. */
  readonly #used = new Set<string>();
  readonly #built = new WeakMap<ParsedArticle, { date: IssueDate; order: number; photos: string; article: Article }>();
  #changed = false;

  constructor(
    readonly stampBy: FileStamp = 'modification',
    files: Iterable<[string, KnownFile]> = [],
  ) {
    this.#files = new Map(files);
  }

  read(file: string, fileName: string, report: ContentReport): ParsedArticle | undefined {
    // Warnings come from the editors' lint, which neither the preview nor a build runs.
    if (report.collectsWarnings) return readArticle(file, fileName, report);
    const bytes = this.stampBy === 'content' ? readFileSync(file) : undefined;
    const stamp = bytes ? createHash('sha1').update(bytes).digest('hex') : modificationStamp(file);
    let known = this.#files.get(file);
    if (known?.stamp !== stamp) {
      const own = new ContentReport();
      known = { stamp, article: readArticle(file, fileName, own, bytes), errors: own.errors };
      this.#files.set(file, known);
      this.#changed = true;
    }
    this.#used.add(file);
    for (const problem of known.errors) report.error(problem);
    return known.article;
  }

  /** buildArticle, reused while the file, the article's place in its issue and its photos' files stay the same. */
  build(parsed: ParsedArticle, date: IssueDate, order: number, photos: ReadonlyMap<PhotoReference, Photo>): Article {
    const known = this.#built.get(parsed);
    const photoStamp = [...photos.values()].map(({ image }) => `${image.file}:${image.hash}`).join('\n');
    if (known?.date === date && known.order === order && known.photos === photoStamp) return known.article;
    const article = buildArticle(parsed, date, order, photos);
    this.#built.set(parsed, { date, order, photos: photoStamp, article });
    return article;
  }

  /**
   * Writes the files read since the memo was made to `cacheFile`, whole or not at all, for a memo
   * restored with the same `version` (parseCacheVersion: the parser's code and packages). Nothing is
   * written when no file changed.
   */
  persist(cacheFile: string, version: string): void {
    if (!this.#changed && this.#used.size === this.#files.size) return;
    const header: CacheHeader = { version, stampBy: this.stampBy };
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.partial`;
    try {
      writeRecords(partial, cacheRecords(header, this.#files, this.#used));
      renameSync(partial, cacheFile);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
  }

  /** The memo persisted in `cacheFile` for `version`; a new one when there is none, or it is for another version or unreadable. */
  static restore(cacheFile: string, version: string): ArticleFileMemo {
    let records: Generator<unknown, void> | undefined;
    try {
      records = readRecords(cacheFile);
      const header = records.next().value;
      if (!isCacheHeader(header) || header.version !== version || header.stampBy !== 'content') return new ArticleFileMemo('content');
      const entries: [string, KnownFile][] = [];
      for (const batch of records) if (Array.isArray(batch)) entries.push(...batch);
      return new ArticleFileMemo('content', entries);
    } catch {
      return new ArticleFileMemo('content');
    } finally {
      records?.return();
    }
  }
}

type CacheHeader = { version: string; stampBy: FileStamp };

function isCacheHeader(value: unknown): value is CacheHeader {
  return typeof value === 'object' && value !== null && 'version' in value && typeof value.version === 'string' && 'stampBy' in value;
}

/**
 * The cache is written as records of a few hundred files each, every one a length and Node's
 * serialization of it: one serialization of a 20,000-article archive would hold 300 MB at once.
 */
const ENTRIES_PER_RECORD = 256;

function* cacheRecords(header: CacheHeader, files: ReadonlyMap<string, KnownFile>, used: Iterable<string>): Generator<unknown, void> {
  yield header;
  let batch: [string, KnownFile][] = [];
  for (const file of used) {
    const known = files.get(file);
    if (known) batch.push([file, known]);
    if (batch.length === ENTRIES_PER_RECORD) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
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

function* readRecords(file: string): Generator<unknown, void> {
  const fd = openSync(file, 'r');
  try {
    const length = Buffer.alloc(4);
    let position = 0;
    while (readSync(fd, length, 0, 4, position) === 4) {
      const payload = Buffer.alloc(length.readUInt32LE());
      if (readSync(fd, payload, 0, payload.length, position + 4) !== payload.length) throw new Error(`${file}: cut short`);
      position += 4 + payload.length;
      yield deserialize(payload);
    }
  } finally {
    closeSync(fd);
  }
}

function modificationStamp(file: string): string {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}
