/**
 * The editors' preview at archive scale: `npm run dev` on a generated archive, the time an article
 * page takes to answer the first time, the next times, and after a file is edited, added or removed.
 */
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../lib/content/load-content';
import { articleHref } from '../../lib/publishing/routes';
import { startDevServer } from '../support/next-site';
import { median } from './figures';

export type PreviewFigures = {
  articles: number;
  startMs: number;
  firstPageMs: number;
  nextPageMs: number;
  otherArticleMs: number;
  afterEditMs: number;
  afterAddMs: number;
  afterRemoveMs: number;
};

async function timed(url: string, expect: (status: number, html: string) => boolean): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const html = await response.text();
  const ms = performance.now() - started;
  if (!expect(response.status, html)) throw new Error(`unexpected answer from ${url}: ${response.status}`);
  return Math.round(ms);
}


export async function benchPreview(archiveDir: string, work: string, articles: number): Promise<PreviewFigures> {
  const contentDir = path.join(work, `preview-${articles}`);
  cpSync(archiveDir, contentDir, { recursive: true });
  const distDir = `.next-bench-dev-${articles}`;
  const index = loadContent(contentDir);
  const [first, second] = index.articles.values();
  const started = performance.now();
  const site = await startDevServer(contentDir, distDir);
  const startMs = Math.round(performance.now() - started);
  try {
    const url = (date: string, slug: string) => site.url + articleHref(date, slug);
    const ok = (status: number) => status === 200;
    const firstPageMs = await timed(url(first.date, first.slug), ok);
    // Next compiles the not-found page on its first use; that is not the content's time.
    await timed(url(first.date, 'no-such-article'), (status) => status === 404);
    const again: number[] = [];
    for (let run = 0; run < 3; run++) again.push(await timed(url(first.date, first.slug), ok));
    const nextPageMs = median(again);
    const otherArticleMs = await timed(url(second.date, second.slug), ok);

    const file = path.join(contentDir, first.date, `${first.slug}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 预览里改过的标题'));
    const afterEditMs = await timed(url(first.date, first.slug), (status, html) => ok(status) && html.includes('预览里改过的标题'));

    const added = path.join(contentDir, first.date, 'bench-added.md');
    writeFileSync(added, `---\ntitle: 预览里新加的文章\nsection: ${first.section}\npage: ${first.page}\n---\n\n正文。\n`);
    const afterAddMs = await timed(url(first.date, 'bench-added'), (status, html) => ok(status) && html.includes('预览里新加的文章'));
    unlinkSync(added);
    const afterRemoveMs = await timed(url(first.date, 'bench-added'), (status) => status === 404);
    return { articles, startMs, firstPageMs, nextPageMs, otherArticleMs, afterEditMs, afterAddMs, afterRemoveMs };
  } finally {
    await site.stop();
    rmSync(distDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  }
}
