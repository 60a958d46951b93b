import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../lib/publishing/content-security-policy';
import { SITE_VERIFICATION_TAGS } from '../../lib/publishing/search-engines';
import { areaClipHrefOf } from '../../lib/publishing/print-images';
import { coverHref, issuePageHref, legacySectionHref, pagePdfHref, scanHref, sectionHref } from '../../lib/publishing/routes';
import { sectionSlug } from '../../lib/content/section-slug';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SCHEDULED_ISSUE, FIXTURE_SITE_DIR, fixtureContent } from '../support/fixture-content';
import { buildSite } from '../../scripts/support/next-site';
import { type RunningNginx, serveWithNginx } from '../../scripts/support/nginx';
import { probeOddUrls } from '../support/odd-urls';

/** Where `npm run export` writes, instead of out/. */
const exportDir = '.next-test-export';
let nginx: RunningNginx;

beforeAll(async () => {
  const build = await buildSite(FIXTURE_SITE_DIR, '.next-test-export-build', { EXPORT_DIR: exportDir, SITE_URL: 'https://minsheng.example', PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL }, 'export');
  if (build.code !== 0) throw new Error(`static export failed:\n${build.output}`);
  nginx = await serveWithNginx(exportDir);
}, 240_000);

afterAll(async () => {
  await nginx?.stop();
  rmSync(exportDir, { recursive: true, force: true });
});

async function get(pathname: string) {
  const response = await fetch(nginx.url + pathname);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

describe('the static export served by nginx', () => {
  it('is plain files, with a 404 page', () => {
    for (const file of ['index.html', 'issues.html', 'issues/2024-12-16.html', 'issues/2024-12-16/full-fields.html', '404.html', 'sitemap.xml', 'feed.xml', 'robots.txt']) {
      expect(existsSync(path.join(exportDir, file)), file).toBe(true);
    }
  });

  it('serves the contents and an article at their clean URLs', async () => {
    const contents = await get('/issues/2024-12-16');
    expect(contents.status).toBe(200);
    expect(contents.type).toContain('text/html');
    expect(contents.body).toContain('老旧小区改造，改出幸福新生活');
    const article = await get('/issues/2024-12-16/full-fields');
    expect(article.status).toBe(200);
    expect(article.body).toContain('老旧小区改造，改出幸福新生活');
    expect(article.body).toContain('<link rel="canonical" href="https://minsheng.example/issues/2024-12-16/full-fields"/>');
    expect((await get('/')).body).toContain('2024年12月16日');
    expect((await get('/issues')).status).toBe(200);
    expect((await get('/issues/2024-12-16/pages/03')).body).toContain('老旧小区改造，改出幸福新生活');
    expect((await get('/sections/%E8%A6%81%E9%97%BB')).body).toContain('让老人在家门口安享晚年');
  });

  it('serves the sitemap, and every page in it', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.type).toContain('xml');
    const paths = [...sitemap.body.matchAll(/<loc>https:\/\/minsheng\.example([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(paths.length).toBeGreaterThan(5);
    for (const pathname of paths) expect((await get(pathname)).status, pathname).toBe(200);
    expect((await get('/feed.xml')).body).toContain('<rss version="2.0"');
    expect((await get('/robots.txt')).body).toContain('Sitemap: https://minsheng.example/sitemap.xml');
  });

  it('sends the security headers, and each page its script policy', async () => {
    const response = await fetch(`${nginx.url}/issues/2024-12-16/full-fields`);
    for (const { key, value } of SECURITY_HEADERS) expect(response.headers.get(key), key).toBe(value);
    expect(await response.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/);
    for (const hidden of ['/.env', '/.git/config', '/.htaccess']) expect((await get(hidden)).status, hidden).toBe(404);
  });

  it('built without the search engines\' settings: no verification tags, no IndexNow key file; the text sitemap is there', async () => {
    const home = (await get('/')).body;
    for (const { name } of SITE_VERIFICATION_TAGS) expect(home, name).not.toContain(`name="${name}"`);
    expect(home).toContain('<meta name="applicable-device" content="pc,mobile"/>');
    // The route that writes the key file leaves nothing behind without a key (with one, the file is /<key>.txt).
    expect(existsSync(path.join(exportDir, 'indexnow-key.txt'))).toBe(false);
    expect((await get('/indexnow-key.txt')).status).toBe(404);
    const sitemap = await get('/sitemap.txt');
    expect(sitemap.type).toContain('text/plain');
    expect(sitemap.body.split('\n')[0]).toBe('https://minsheng.example/');
  });

  it('answers unknown pages with the 404 page', async () => {
    for (const pathname of ['/issues/2024-12-17', '/issues/2024-12-16/no-such-article', '/no/such/page']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.body).toContain('页面不存在');
    }
  });
});

describe('section listings in the static export', () => {
  it('answer for every section name, linked from 栏目', async () => {
    const sections = (await get('/sections')).body;
    for (const [name, articles] of fixtureContent.sections) {
      const href = sectionHref(name);
      expect(sections, name).toContain(`href="${href}"`);
      const { status, body } = await get(href);
      expect(status, name).toBe(200);
      const escaped = name.replace(/&/g, '&amp;');
      expect(body, name).toContain(`<h1 class="mt-1 font-serif text-2xl font-bold sm:text-3xl">${escaped}</h1>`);
      for (const article of articles) expect(body, name).toContain(`/issues/${article.date}/${article.slug}`);
    }
  });

  it('old addresses that were files before still answer, sending readers on', async () => {
    // nginx decodes %2F, %3F and %23 into path syntax, so those names never had a working old address here.
    const servable = [...fixtureContent.sections.keys()].filter((name) => sectionSlug(name) !== name && !/[/?#]|^\.\.?$/.test(name));
    expect(servable).toEqual(expect.arrayContaining(['两会 特稿', '100%民生', 'v1.0版', 'A&B 观察']));
    for (const name of servable) {
      const { status, body } = await get(legacySectionHref(name));
      expect(status, name).toBe(200);
      expect(body, name).toContain(`<meta http-equiv="refresh" content="0;url=${sectionHref(name)}"/>`);
    }
  });
});

describe('search in the static export', () => {
  it('serves the text of each document as its page shows it: the headings (not the source line every article has), then the body, block by block', async () => {
    const docs: unknown = JSON.parse((await get('/search-index/docs/0.json')).body);
    if (!Array.isArray(docs)) throw new Error('no document list');
    /** What a reader sees of an element: its text, as the DOM's textContent gives it. */
    const shown = (node: RootContent | Element): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(shown).join('') : '');
    expect(docs.length).toBeGreaterThan(10);
    for (const [docId, doc] of docs.entries()) {
      const page = fromHtml((await get(String(doc.href))).body);
      const text: unknown = JSON.parse((await get(`/search-index/text/${docId}.json`)).body);
      if (typeof text !== 'object' || text === null || !('headings' in text) || !('body' in text) || !Array.isArray(text.body)) throw new Error('not a text file');
      expect(text.headings, String(doc.href)).toEqual(selectAll('article [data-field]:not([data-field="source-line"])', page).map(shown));
      // Blocks are paragraphs, headings, captions and list items (a list's items one by one, numbered as copied, where the
      // browser draws the numbers): the same characters in the same order, leaving out spaces and numbers like `3.`.
      const characters = (blocks: string[]) => blocks.join('').replace(/\s|\d+\./g, '');
      expect(characters(text.body.map(String)), String(doc.href)).toBe(characters(selectAll('.article-body > *', page).map(shown)));
    }
  });

  it('serves the table a 繁體 query is converted with, as JSON', async () => {
    const table = await get('/search-index/t2s.json');
    expect(table.status).toBe(200);
    expect(table.type).toMatch(/^application\/json/);
    const pairs: unknown = JSON.parse(table.body);
    if (typeof pairs !== 'string') throw new Error('the table is not a string of pairs');
    const simplified = new Map([...pairs].flatMap((character, index, all) => (index % 2 === 0 ? [[character, all[index + 1]]] : [])));
    for (const [traditional, expected] of [['電', '电'], ['臺', '台'], ['裡', '里'], ['養', '养'], ['區', '区']]) expect(simplified.get(traditional), traditional).toBe(expected);
    // Characters written alike in both scripts are not in it.
    for (const same of ['社', '人', '食']) expect(simplified.has(same), same).toBe(false);
  });
});

describe('a scheduled issue in the static export', () => {
  it('has no files and no mention', async () => {
    expect(existsSync(path.join(exportDir, 'issues', FIXTURE_SCHEDULED_ISSUE))).toBe(false);
    expect(existsSync(path.join(exportDir, 'issues', `${FIXTURE_SCHEDULED_ISSUE}.html`))).toBe(false);
    expect((await get(`/issues/${FIXTURE_SCHEDULED_ISSUE}`)).status).toBe(404);
    for (const pathname of ['/', '/sitemap.xml', '/feed.xml', '/search-index/docs/0.json']) {
      expect((await get(pathname)).body, pathname).not.toContain(FIXTURE_SCHEDULED_ISSUE);
    }
  });
});

describe('page scans and PDFs in the static export', () => {
  it('are files nginx serves with their types, to be cached for good, from a page view that shows them', async () => {
    const issue = fixtureContent.issues.find((candidate) => candidate.date === '2024-12-16');
    const page = issue?.pages[0];
    if (!issue || !page?.scan || !page.pdf) throw new Error('the fixture scan is missing');
    const view = await get(issuePageHref(issue.date, page.page));
    expect(view.body).toContain(`width="${page.scan.width}" height="${page.scan.height}"`);
    for (const [href, type] of [
      [scanHref(issue.date, page.page, page.scan, 360), 'image/webp'],
      [scanHref(issue.date, page.page, page.scan, 1200), 'image/webp'],
      [scanHref(issue.date, page.page, page.scan), 'image/jpeg'],
      [pagePdfHref(issue.date, page.page, page.pdf), 'application/pdf'],
      [areaClipHrefOf(page.articles[0], page.scan) ?? '', 'image/jpeg'],
      [coverHref(issue.date, issue.coverImage ?? page.scan, 480), 'image/webp'],
    ]) {
      const response = await fetch(nginx.url + href);
      expect(response.status, href).toBe(200);
      if (!href.includes('/clip-') && !href.startsWith('/covers/')) expect(view.body, href).toContain(href);
      expect(response.headers.get('content-type'), href).toBe(type);
      expect(response.headers.get('cache-control'), href).toMatch(/max-age=\d{8,}/);
      expect(response.headers.get('x-content-type-options'), href).toBe('nosniff');
    }
    expect((await fetch(`${nginx.url}${issuePageHref(issue.date, page.page)}/scan-0000000000-360.webp`)).status).toBe(404);
    for (const pathname of ['/', '/issues', `/issues/${issue.date}`]) {
      expect((await get(pathname)).body, pathname).toContain(`src="${coverHref(issue.date, issue.coverImage ?? page.scan, 240)}"`);
    }
  });
});

describe('odd URLs against the static export', () => {
  it('never get a server error, and never a source file, secrets or build internals', async () => {
    await expect(probeOddUrls(nginx.url)).resolves.toEqual([]);
  }, 120_000);
});

describe('a failed export', () => {
  it('leaves the previous export as it was', async () => {
    const before = readFileSync(path.join(exportDir, 'issues', '2024-12-16', 'full-fields.html'), 'utf8');
    const invalid = path.join('tests', 'fixtures', 'content-errors', 'missing-required-fields', 'content');
    const build = await buildSite(invalid, '.next-test-export-build', { EXPORT_DIR: exportDir }, 'export');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('is unchanged');
    expect(readFileSync(path.join(exportDir, 'issues', '2024-12-16', 'full-fields.html'), 'utf8')).toBe(before);
    expect(readdirSync('.').filter((name) => name.startsWith('.next-export-'))).toEqual([]);
  }, 240_000);
});
