/**
 * npm run bench:search-compare [-- N]: the site's search beside Pagefind's extended (Chinese) build,
 * same corpus, same queries, in Chromium against the static export of N generated articles (default
 * 10,000) under nginx. For each query: the bytes the search itself fetches (gzip; the site's search
 * page and shell not counted), the time from the first search request to the results, and, for
 * phrases taken from the articles, the share of the top ten that hold the phrase and of the articles
 * holding it (up to ten) found in the top ten, and how many of the first places the phrase's
 * holders take; for keyword queries (two words from different sentences of an article, typed
 * together), the share of the articles holding every word found in the top ten (recall) and the
 * share of the results holding every word (precision).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createIndex, close as closePagefind } from 'pagefind';
import type { Page, Response } from 'playwright-core';
import { loadContent } from '../lib/content/load-content';
import { articleHref } from '../lib/publishing/routes';
import { ensureChromium, launchChromium } from './support/chromium';
import { serveWithNginx } from './support/nginx';
import { runScript } from './bench-parts/measure';
import { diskSize } from './bench-parts/disk-size';
import { writeSyntheticArchive } from './synthetic-archive';
import { kibibytes as kb } from './bench-parts/figures';

const count = Number(process.argv[2] ?? 10_000);
const work = path.resolve('.bench', 'search-compare');
/** The figures, for npm run bench's summary. */
const SUMMARY_FILE = path.resolve('.bench', 'search-compare.json');
const archiveDir = path.join(work, 'archive');
const exportDir = path.join(work, 'export');
const FIXED_QUERIES = ['社会治理', '社区治理', '养老服务机构', '老年人食堂', '基层治理创新', '民生', '社', '電梯'];
const PHRASES = 20;
const KEYWORD_QUERIES = 20;

type Measure = { bytes: number; ms: number; hrefs: string[] };

/** The gzip size of what `matches` selects among the responses from now on. */
function recordBytes(page: Page, matches: (url: string) => boolean) {
  const sizes: Promise<number>[] = [];
  const listener = (response: Response) => {
    if (response.status() === 200 && matches(new URL(response.url()).pathname)) sizes.push(response.body().then((body) => gzipSync(body).length, () => 0));
  };
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  };
}

async function siteSearch(page: Page, query: string): Promise<Measure> {
  const bytes = recordBytes(page, (pathname) => pathname.startsWith('/search-index/') || /^\/issues\/[^/]+\/(?!pages\/)[^/]+$/.test(pathname));
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('[role="status"]')?.textContent ?? ''), undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => {
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search-index/'));
    return performance.now() - Math.min(...requests.map((entry) => entry.startTime));
  });
  const hrefs = await page.locator('main ol li a[href^="/issues/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return { bytes: await bytes(), ms, hrefs: [...new Set(hrefs)].slice(0, 10) };
}

async function pagefindSearch(page: Page, query: string): Promise<Measure> {
  const bytes = recordBytes(page, (pathname) => pathname.startsWith('/pagefind/'));
  // A page of the site without a script policy of its own: Pagefind runs WebAssembly.
  if (!page.url().endsWith('/robots.txt')) await page.goto('/robots.txt');
  const { ms, urls } = await page.evaluate(async ({ text, script }) => {
    const started = performance.now();
    const pagefind = await import(script);
    const search = await pagefind.search(text);
    const top = await Promise.all(search.results.slice(0, 10).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
    return { ms: performance.now() - started, urls: top.map((data: { url: string }) => data.url) };
  }, { text: query, script: '/pagefind/pagefind.js' });
  return { bytes: await bytes(), ms, hrefs: urls.map((url: string) => url.replace(/\.html$/, '')) };
}


const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeSyntheticArchive(archiveDir, count);
  const content = loadContent(archiveDir);
  const articles = [...content.articles.values()];
  console.log(`Exporting ${count} articles…`);
  const exportStarted = performance.now();
  await runScript('export', { CONTENT_DIR: archiveDir, EXPORT_DIR: exportDir });
  console.log(`Exported in ${((performance.now() - exportStarted) / 1000).toFixed(0)} s`);

  const started = performance.now();
  const { index } = await createIndex({ rootSelector: 'main article', forceLanguage: 'zh' });
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: exportDir, glob: 'issues/*/*.html' });
  await index.writeFiles({ outputPath: path.join(exportDir, 'pagefind') });
  await closePagefind();
  const pagefindMs = performance.now() - started;
  const pagefindSize = diskSize(path.join(exportDir, 'pagefind'));
  const siteSize = diskSize(path.join(exportDir, 'search-index'));
  console.log(`Pagefind (extended): indexed in ${(pagefindMs / 1000).toFixed(1)} s, ${pagefindSize.files} files, ${kb(pagefindSize.bytes)} KB`);
  console.log(`Site search index: built with the site, ${siteSize.files} files, ${kb(siteSize.bytes)} KB`);

  // Phrases of 2–6 characters from articles spread over the archive, with every article holding each.
  const texts = articles.map((article) => ({ href: articleHref(article.date, article.slug), text: [article.title, ...article.blocks.map((block) => block.text)].join('\n') }));
  const phrases = Array.from({ length: PHRASES }, (_, n) => {
    const { text } = texts[Math.floor(((n + 0.5) * texts.length) / PHRASES)];
    const length = 2 + (n % 5);
    const runs = [...text.matchAll(/\p{Script=Han}+/gu)].map(([run]) => run).filter((run) => run.length >= length);
    const run = runs[(n * 7) % runs.length];
    const start = (n * 13) % (run.length - length + 1);
    return run.slice(start, start + length);
  });
  const holders = (phrase: string) => new Set(texts.filter(({ text }) => text.includes(phrase)).map(({ href }) => href));

  // Keyword queries: two words (as the platform's word breaker reads the text) from different
  // sentences of one article, typed together, where the breaker reads the same two words back.
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const wordsIn = (sentence: string) => [...segmenter.segment(sentence)].map(({ segment }) => segment).filter((word) => /^\p{Script=Han}{2,}$/u.test(word));
  const keywordQueries: { query: string; words: string[] }[] = [];
  for (let n = 0; keywordQueries.length < KEYWORD_QUERIES && n < texts.length; n++) {
    const { text } = texts[Math.floor(((n * 7919) % texts.length))];
    const sentences = text.split(/[。！？\n]/u).map(wordsIn).filter((words) => words.length > 0);
    if (sentences.length < 4) continue;
    const words = [sentences[1 + (n % 3)][0], sentences[sentences.length - 1 - (n % 2)].at(-1) ?? ''];
    const query = words.join('');
    if (words[0] === words[1] || text.includes(query) || JSON.stringify(wordsIn(query)) !== JSON.stringify(words)) continue;
    keywordQueries.push({ query, words });
  }
  const holdersOfAll = (words: string[]) => new Set(texts.filter(({ text }) => words.every((word) => text.includes(word))).map(({ href }) => href));

  const summary: Record<string, unknown> = {
    articles: count,
    pagefindIndex: { seconds: Number((pagefindMs / 1000).toFixed(1)), files: pagefindSize.files, kb: kb(pagefindSize.bytes) },
    siteIndex: { files: siteSize.files, kb: kb(siteSize.bytes) },
  };
  const nginx = await serveWithNginx(exportDir);
  ensureChromium();
  const browser = await launchChromium();
  try {
    for (const [engine, search] of [
      ['site', siteSearch],
      ['Pagefind', pagefindSearch],
    ] as const) {
      const page = await (await browser.newContext({ baseURL: nginx.url, serviceWorkers: 'block' })).newPage();
      console.log(`\n${engine}: query, KB fetched (gzip), ms to results`);
      const queries = [];
      for (const [n, query] of FIXED_QUERIES.entries()) {
        const measured = await search(page, query);
        queries.push({ query, kb: kb(measured.bytes), ms: Math.round(measured.ms), results: measured.hrefs.length });
        console.log(`  ${n === 0 ? 'first ' : 'later '}"${query}": ${kb(measured.bytes)} KB, ${measured.ms.toFixed(0)} ms, ${measured.hrefs.length} results`);
      }
      const precision: number[] = [];
      const recall: number[] = [];
      const phraseFirst: number[] = [];
      const bytes: number[] = [];
      const times: number[] = [];
      for (const phrase of phrases) {
        const measured = await search(page, phrase);
        const truth = holders(phrase);
        const found = measured.hrefs.filter((href) => truth.has(href)).length;
        if (measured.hrefs.length > 0) precision.push(found / measured.hrefs.length);
        recall.push(found / Math.min(10, truth.size));
        // Of the first min(10, holders) places, the share the phrase's holders take.
        const places = Math.min(10, truth.size);
        phraseFirst.push(measured.hrefs.slice(0, places).filter((href) => truth.has(href)).length / places);
        bytes.push(measured.bytes);
        times.push(measured.ms);
      }
      console.log(
        `  ${PHRASES} phrases from the articles: top ten holding the phrase ${(average(precision) * 100).toFixed(0)} %, ` +
          `articles holding it found in the top ten ${(average(recall) * 100).toFixed(0)} %, first places taken by them ${(average(phraseFirst) * 100).toFixed(0)} %, ` +
          `${kb(average(bytes))} KB and ${average(times).toFixed(0)} ms a query on average`,
      );
      const keywordPrecision: number[] = [];
      const keywordRecall: number[] = [];
      const keywordBytes: number[] = [];
      const keywordTimes: number[] = [];
      for (const { query, words } of keywordQueries) {
        const measured = await search(page, query);
        const truth = holdersOfAll(words);
        const found = measured.hrefs.filter((href) => truth.has(href)).length;
        keywordPrecision.push(measured.hrefs.length > 0 ? found / measured.hrefs.length : 1);
        keywordRecall.push(found / Math.min(10, truth.size));
        keywordBytes.push(measured.bytes);
        keywordTimes.push(measured.ms);
      }
      console.log(
        `  ${keywordQueries.length} keyword queries (two words apart in an article, typed together): ` +
          `articles holding every word found in the top ten ${(average(keywordRecall) * 100).toFixed(0)} %, results holding every word ${(average(keywordPrecision) * 100).toFixed(0)} %, ` +
          `${kb(average(keywordBytes))} KB and ${average(keywordTimes).toFixed(0)} ms a query on average`,
      );
      summary[engine] = {
        queries,
        phrases: { precision: average(precision), recall: average(recall), phraseFirst: average(phraseFirst), kb: kb(average(bytes)), ms: Math.round(average(times)) },
        keywords: { count: keywordQueries.length, precision: average(keywordPrecision), recall: average(keywordRecall), kb: kb(average(keywordBytes)), ms: Math.round(average(keywordTimes)) },
      };
      await page.context().close();
    }
    writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await browser.close();
    await nginx.stop();
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
