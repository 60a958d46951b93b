import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupBy } from '../../lib/group-by';
import { writeSyntheticArchive } from '../../scripts/synthetic-archive';
import { buildSite } from '../../scripts/support/next-site';

const work = mkdtempSync(path.join(tmpdir(), 'read-once-'));
const contentDir = path.join(work, 'content');
const log = path.join(work, 'reads.log');
const distDir = '.next-test-read-once';
const preload = path.resolve('tests', 'support', 'log-content-reads.cjs');

beforeAll(async () => {
  // 120 articles: three issues of ten pages; 要闻 (pages 1 and 9) has 24 articles.
  writeSyntheticArchive(contentDir, 120);
  // Every build process loads the logger before anything else; the site's code knows nothing of it.
  const build = await buildSite(contentDir, distDir, { READ_LOG: log, NODE_OPTIONS: `--require ${preload}` });
  if (build.code !== 0) throw new Error(build.output);
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

/** The Markdown files of the archive, sorted. */
const markdownFiles = () =>
  readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(contentDir, name))
    .sort();

/** What the logger saw, by process: the files read, and the files whose text was parsed (by its SHA-1). */
function logged(): Map<string, { reads: string[]; parses: string[] }> {
  const byText = new Map(markdownFiles().map((file) => [createHash('sha1').update(readFileSync(file)).digest('hex'), file]));
  const lines = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split('\t'));
  const byProcess = new Map<string, { reads: string[]; parses: string[] }>();
  for (const [pid, entries] of groupBy(lines, ([pid]) => pid)) {
    byProcess.set(pid, {
      reads: entries.filter(([, kind]) => kind === 'read').map(([, , file]) => file).sort(),
      parses: entries.filter(([, kind]) => kind === 'parse').map(([, , hash]) => byText.get(hash) ?? `a text of no file: ${hash}`).sort(),
    });
  }
  return byProcess;
}

describe('next build of a generated archive', () => {
  it('reads every content file once in each build process that loads the content, and parses none twice', () => {
    const files = markdownFiles();
    const byProcess = [...logged()].filter(([, { reads }]) => reads.length > 0);
    expect(byProcess.length).toBeGreaterThan(0);
    for (const [pid, { reads, parses }] of byProcess) {
      expect(reads, `process ${pid}`).toEqual(files);
      expect(parses, `process ${pid}`).toEqual([...new Set(parses)]);
      expect(parses.filter((parsed) => !files.includes(parsed)), `process ${pid}`).toEqual([]);
    }
    // The first build starts with no parse cache: every file is parsed in some process; a process
    // started after another saved the cache parses none.
    expect(new Set(byProcess.flatMap(([, { parses }]) => parses))).toEqual(new Set(files));
  });

  it('splits a long section into parts: /sections/要闻 and /sections/要闻/2', () => {
    const sections = path.join(distDir, 'server', 'app', 'sections');
    expect(existsSync(path.join(sections, '要闻.html'))).toBe(true);
    expect(existsSync(path.join(sections, '要闻', '2.html'))).toBe(true);
    expect(existsSync(path.join(sections, '要闻', '3.html'))).toBe(false);
    expect(readFileSync(path.join(sections, '要闻', '2.html'), 'utf8')).toContain('第2页／共2页');
  });

  it('keeps the parsed articles for the next build, which shows an edited article as edited', async () => {
    expect(existsSync(path.join(distDir, 'cache', 'content', 'articles.v8'))).toBe(true);
    const [issue] = readdirSync(contentDir).sort();
    const [name] = readdirSync(path.join(contentDir, issue)).filter((file) => file.endsWith('.md')).sort();
    const file = path.join(contentDir, issue, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 重建后的新标题'));
    rmSync(log);
    const rebuild = await buildSite(contentDir, distDir, { READ_LOG: log, NODE_OPTIONS: `--require ${preload}` });
    if (rebuild.code !== 0) throw new Error(rebuild.output);
    // Each process reads every file (to compare its bytes) and parses only the edited one, at most once.
    const byProcess = [...logged()].filter(([, { reads }]) => reads.length > 0);
    expect(byProcess.length).toBeGreaterThan(0);
    for (const [pid, { parses }] of byProcess) expect(parses.filter((parsed) => parsed !== file), `process ${pid}`).toEqual([]);
    expect(byProcess.some(([, { parses }]) => parses.length === 1)).toBe(true);
    const page = readFileSync(path.join(distDir, 'server', 'app', 'issues', issue, `${name.slice(0, -'.md'.length)}.html`), 'utf8');
    expect(page).toContain('重建后的新标题');
  }, 240_000);
});
