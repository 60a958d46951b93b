import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../lib/content/problems';
import { loadContent } from '../../lib/content/load-content';
import * as markdown from '../../lib/content/markdown';
import { hashesComputed } from '../../lib/content/file-hashes';
import { parseCacheVersion, persistParseCache, restoreParseCache } from '../../lib/content/parse-cache';
import { writeSyntheticArchive } from '../../scripts/synthetic-archive';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SITE_DIR, fixtureContent } from '../support/fixture-content';

vi.mock('../../lib/content/markdown', async (importOriginal) => {
  const original = await importOriginal<typeof markdown>();
  return { ...original, renderBody: vi.fn(original.renderBody) };
});
const parses = vi.mocked(markdown.renderBody);

let work: string;
let contentDir: string;
let cacheFile: string;
const VERSION = 'parser-1';

/** One build's content load with the parse cache, as lib/content/content-index.ts does it. */
function build(version = VERSION) {
  const memo = restoreParseCache(cacheFile, version);
  const hashesAtRestore = hashesComputed();
  try {
    return loadContent(contentDir, { publishUntil: FIXTURE_PUBLISH_UNTIL, memo });
  } finally {
    persistParseCache(memo, cacheFile, version, hashesAtRestore);
  }
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
  contentDir = path.join(work, 'content');
  cpSync(FIXTURE_SITE_DIR, contentDir, { recursive: true });
  cacheFile = path.join(work, 'cache', 'articles.v8');
  parses.mockClear();
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const articleCount = fixtureContent.articles.size;
const uncached = () => loadContent(contentDir, { publishUntil: FIXTURE_PUBLISH_UNTIL });
const fullFields = () => path.join(contentDir, '2024-12-16', 'full-fields.md');

describe('the parse cache of builds', () => {
  it('parses every article the first time and none on a rebuild of the same files', () => {
    const first = build();
    expect(parses).toHaveBeenCalledTimes(articleCount);
    parses.mockClear();
    const second = build();
    expect(parses).not.toHaveBeenCalled();
    expect(second).toEqual(first);
    expect(second).toEqual(uncached());
  });

  it('parses again only the file whose bytes changed, whatever the modification times say', () => {
    build();
    // A fresh checkout: every file has a new modification time, none has new bytes.
    const later = new Date(Date.now() + 60_000);
    for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(contentDir, name), later, later);
    parses.mockClear();
    build();
    expect(parses).not.toHaveBeenCalled();
    // New bytes of the same length under the old modification time.
    const text = readFileSync(fullFields(), 'utf8');
    const title = /^title: (.*)$/m.exec(text)?.[1] ?? '';
    const newTitle = `改${title.slice(1)}`;
    writeFileSync(fullFields(), text.replace(/^title: .*$/m, `title: ${newTitle}`));
    utimesSync(fullFields(), later, later);
    const rebuilt = build();
    expect(parses).toHaveBeenCalledTimes(1);
    expect(rebuilt.articles.get('2024-12-16/full-fields')?.title).toBe(newTitle);
  });

  it('starts afresh for another version of the parser', () => {
    build();
    parses.mockClear();
    build('parser-2');
    expect(parses).toHaveBeenCalledTimes(articleCount);
  });

  it('reports a cached file’s problems again on every build, and forgets removed files', () => {
    writeFileSync(fullFields(), '---\ntitle: 没有版次\nsection: 要闻\n---\n\n正文。\n');
    expect(build).toThrow(ContentError);
    parses.mockClear();
    expect(build).toThrow(/full-fields\.md: page: is required/);
    expect(parses).not.toHaveBeenCalled();
    rmSync(fullFields());
    build();
    const names = [...build().articles.keys()];
    expect(names).not.toContain('2024-12-16/full-fields');
    expect(names).toHaveLength(articleCount - 1);
  });

  it('keeps an archive larger than one record of the cache file whole', () => {
    rmSync(contentDir, { recursive: true });
    writeSyntheticArchive(contentDir, 600);
    const first = build();
    expect(parses).toHaveBeenCalledTimes(600);
    parses.mockClear();
    expect(build()).toEqual(first);
    expect(parses).not.toHaveBeenCalled();
  });

  it('is ignored when the cache file is damaged', () => {
    build();
    writeFileSync(cacheFile, 'not a cache');
    parses.mockClear();
    const rebuilt = build();
    expect(parses).toHaveBeenCalledTimes(articleCount);
    expect(rebuilt).toEqual(uncached());
  });

  it('keeps the hashes of scans, PDFs, covers and photos, so a rebuild in a new process reads none unchanged', async () => {
    build();
    vi.resetModules();
    const fresh = {
      hashes: await import('../../lib/content/file-hashes'),
      cache: await import('../../lib/content/parse-cache'),
      load: await import('../../lib/content/load-content'),
    };
    const memo = fresh.cache.restoreParseCache(cacheFile, VERSION);
    const rebuilt = fresh.load.loadContent(contentDir, { publishUntil: FIXTURE_PUBLISH_UNTIL, memo });
    expect(fresh.hashes.hashesComputed()).toBe(0);
    expect(rebuilt.issues.find((issue) => issue.date === '2024-12-16')?.pages[0].scan?.hash).toMatch(/^[0-9a-f]{10}$/);
    expect(rebuilt).toEqual(uncached());
  });

  it('never sets aside more memory for a record than the file holds', () => {
    build();
    const cache = readFileSync(cacheFile);
    // The first record's length, damaged to 4 GB less a byte, in a file of a few hundred kilobytes.
    cache.writeUInt32LE(0xffff_ffff, 0);
    writeFileSync(cacheFile, cache);
    const allocations = vi.spyOn(Buffer, 'alloc');
    try {
      restoreParseCache(cacheFile, VERSION);
      expect(allocations).toHaveBeenCalled();
      expect(Math.max(...allocations.mock.calls.map(([size]) => size))).toBeLessThanOrEqual(cache.length);
    } finally {
      allocations.mockRestore();
    }
    parses.mockClear();
    const rebuilt = build();
    expect(parses).toHaveBeenCalledTimes(articleCount);
    expect(rebuilt).toEqual(uncached());
  });
});

describe('parseCacheVersion', () => {
  it('changes with the code under lib/ and the installed packages', () => {
    const project = path.join(work, 'project');
    cpSync('lib', path.join(project, 'lib'), { recursive: true });
    cpSync('package-lock.json', path.join(project, 'package-lock.json'));
    const version = parseCacheVersion(project);
    expect(parseCacheVersion(project)).toBe(version);
    const parser = path.join(project, 'lib', 'content', 'markdown.ts');
    writeFileSync(parser, `${readFileSync(parser, 'utf8')}\n// changed\n`);
    const changedCode = parseCacheVersion(project);
    expect(changedCode).not.toBe(version);
    writeFileSync(path.join(project, 'package-lock.json'), '{}');
    expect(parseCacheVersion(project)).not.toBe(changedCode);
  });
});
