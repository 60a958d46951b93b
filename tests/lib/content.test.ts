import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fixtureSite = path.resolve('tests', 'fixtures', 'site');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(fixtureSite, dir, { recursive: true });
  vi.stubEnv('CONTENT_DIR', dir);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** A reader's next request: a later turn of the event loop, after the current run of lookups. */
const nextRequest = () => new Promise((resolve) => setImmediate(resolve));

const retitle = (title: string) =>
  writeFileSync(path.join(dir, '2024-12-02', 'yiliao-gaige.md'), `---\ntitle: ${title}\nsection: 健康\npage: 2\n---\n\n正文。\n`);

describe('content access', () => {
  it('reads CONTENT_DIR once per process in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const content = await import('../../lib/content/content-index');
    const site = await import('../../lib/content/site-content');
    expect(content.getArticle('2024-12-02', 'yiliao-gaige')?.title).toBe('县域医共体建设全面推开');
    retitle('改过的标题');
    expect(content.getArticle('2024-12-02', 'yiliao-gaige')?.title).toBe('县域医共体建设全面推开');
    expect(site.getContent()).toBe(site.getContent());
  });

  it('re-reads in development, so an edit shows on refresh', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const content = await import('../../lib/content/content-index');
    expect(content.getArticle('2024-12-02', 'yiliao-gaige')?.title).toBe('县域医共体建设全面推开');
    retitle('改过的标题');
    await nextRequest();
    expect(content.getArticle('2024-12-02', 'yiliao-gaige')?.title).toBe('改过的标题');
  });

  it('in development, looks at the folder once for a run of lookups, and again on the next request', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const stamps = vi.fn();
    vi.doMock('../../lib/content/content-stamp', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../lib/content/content-stamp')>();
      return { contentStamp: (dir: string) => (stamps(), original.contentStamp(dir)) };
    });
    const content = await import('../../lib/content/content-index');
    const { articleNeighbours } = await import('../../lib/content/neighbours');
    // What one article page looks up.
    content.getArticle('2024-12-02', 'yiliao-gaige');
    content.getIssue('2024-12-02');
    articleNeighbours('2024-12-02', 'yiliao-gaige');
    expect(stamps).toHaveBeenCalledTimes(1);
    retitle('改过的标题');
    await nextRequest();
    expect(content.getArticle('2024-12-02', 'yiliao-gaige')?.title).toBe('改过的标题');
    content.getIssue('2024-12-02');
    expect(stamps).toHaveBeenCalledTimes(2);
    vi.doUnmock('../../lib/content/content-stamp');
  });

  it('in development, reads the folder again only when a file changed, and then only that file', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const content = await import('../../lib/content/content-index');
    const site = await import('../../lib/content/site-content');
    const first = site.getContent();
    expect(site.getContent()).toBe(first);
    const unchanged = first.articles.get('2024-12-16/full-fields');

    retitle('改过的标题');
    await nextRequest();
    const second = site.getContent();
    expect(second).not.toBe(first);
    expect(second.articles.get('2024-12-02/yiliao-gaige')?.title).toBe('改过的标题');
    // The body of a file that did not change is the one read before, not read again.
    expect(second.articles.get('2024-12-16/full-fields')?.blocks).toBe(unchanged?.blocks);
    expect(second.articles.get('2024-12-02/yiliao-gaige')?.blocks).not.toBe(first.articles.get('2024-12-02/yiliao-gaige')?.blocks);

    writeFileSync(path.join(dir, '2024-12-02', 'xin-wen-zhang.md'), '---\ntitle: 新文章\nsection: 健康\npage: 2\n---\n\n正文。\n');
    await nextRequest();
    expect(content.getArticle('2024-12-02', 'xin-wen-zhang')?.title).toBe('新文章');
    rmSync(path.join(dir, '2024-12-02', 'xin-wen-zhang.md'));
    await nextRequest();
    expect(content.getArticle('2024-12-02', 'xin-wen-zhang')).toBeUndefined();
  });

  it('in development, parses every file again once the parsing code under lib/ changes, and none while it stays', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    // The preview looks at the code of the project it runs in: a copy, so that the test may edit it.
    const project = mkdtempSync(path.join(tmpdir(), 'preview-code-'));
    cpSync('lib', path.join(project, 'lib'), { recursive: true });
    cpSync('package-lock.json', path.join(project, 'package-lock.json'));
    vi.spyOn(process, 'cwd').mockReturnValue(project);
    try {
      const site = await import('../../lib/content/site-content');
      const first = site.getContent();
      await nextRequest();
      expect(site.getContent()).toBe(first);

      const parser = path.join(project, 'lib', 'content', 'markdown.ts');
      writeFileSync(parser, `${readFileSync(parser, 'utf8')}\n// a change to the parser\n`);
      await nextRequest();
      const second = site.getContent();
      expect(second).not.toBe(first);
      // Every article parsed again: none of the old parses is reused.
      for (const [key, article] of second.articles) expect(article.blocks, key).not.toBe(first.articles.get(key)?.blocks);
      expect(second).toEqual(first);
    } finally {
      vi.restoreAllMocks();
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('in development, reports a broken file as a build does, and shows the rest again once it is fixed', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const content = await import('../../lib/content/content-index');
    const site = await import('../../lib/content/site-content');
    const before = site.getContent();
    writeFileSync(path.join(dir, '2024-12-02', 'yiliao-gaige.md'), '---\ntitle: 缺栏目\npage: 2\n---\n\n正文。\n');
    await nextRequest();
    expect(() => site.getContent()).toThrow(/yiliao-gaige\.md: section: is required/);
    retitle('修好了');
    await nextRequest();
    const after = site.getContent();
    expect(after.articles.get('2024-12-02/yiliao-gaige')?.title).toBe('修好了');
    expect(after.articles.get('2024-12-16/full-fields')?.blocks).toBe(before.articles.get('2024-12-16/full-fields')?.blocks);
  });

  it('finds issues, articles and neighbours in reading order across pages', async () => {
    const content = await import('../../lib/content/content-index');
    expect(content.getLatestIssue()?.date).toBe('2024-12-16');
    expect(content.listIssues().map((issue) => issue.date)).toEqual(['2024-12-16', '2024-12-02', '2024-11-25']);
    expect(content.getIssue('2024-12-09')).toBeUndefined();
    expect(content.getArticle('2024-12-16', 'nope')).toBeUndefined();

    const { articleNeighbours } = await import('../../lib/content/neighbours');
    const around = articleNeighbours('2024-12-16', 'c-no-order');
    expect(around.previous?.slug).toBe('a-zhuanti');
    expect(around.next?.slug).toBe('full-fields');
    expect(articleNeighbours('2024-12-16', 'b-kuaixun').previous).toBeUndefined();
    expect(articleNeighbours('2024-12-16', 'xss-attempt').next).toBeUndefined();
    expect(articleNeighbours('2024-12-16', 'nope')).toEqual({});
    expect(content.listArticleParams()).toContainEqual({ date: '2024-12-02', slug: 'shequ-yanglao' });
    expect(content.listArticleParams()).toHaveLength(23);
  });
});
