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

beforeAll(async () => {
  // 120 articles: three issues of ten pages; 要闻 (pages 1 and 9) has 24 articles.
  writeSyntheticArchive(contentDir, 120);
  // Every build process loads the logger before anything else; the site's code knows nothing of it.
  const preload = path.resolve('tests', 'support', 'log-content-reads.cjs');
  const build = await buildSite(contentDir, distDir, { READ_LOG: log, NODE_OPTIONS: `--require ${preload}` });
  if (build.code !== 0) throw new Error(build.output);
}, 240_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

describe('next build of a generated archive', () => {
  it('reads and parses every content file exactly once per build process', () => {
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => path.join(contentDir, name))
      .sort();
    const reads = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split('\t'));
    const byProcess = groupBy(reads, ([pid]) => pid);
    expect(byProcess.size).toBeGreaterThan(0);
    for (const [pid, processReads] of byProcess) {
      expect(processReads.map(([, file]) => file).sort(), `process ${pid}`).toEqual(files);
    }
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
    const rebuild = await buildSite(contentDir, distDir);
    if (rebuild.code !== 0) throw new Error(rebuild.output);
    const page = readFileSync(path.join(distDir, 'server', 'app', 'issues', issue, `${name.slice(0, -'.md'.length)}.html`), 'utf8');
    expect(page).toContain('重建后的新标题');
  }, 240_000);
});
