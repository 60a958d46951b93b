import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load-content';
import type { Article, ContentIndex } from '../../lib/content/model';
import { articleHref } from '../../lib/publishing/routes';
import { type SearchIndex, buildSearchIndex } from '../../lib/search/build-index';
import { PAGES_PER_STEP, createSearchClient, searchStatus } from '../../lib/search/search-client';
import { type ArticleText, searchDocsPath, searchManifestPath, searchShardPath, searchTextPath, traditionalTablePath } from '../../lib/search/terms';
import { traditionalPairs } from '../../lib/search/traditional-table';

const TRADITIONAL_PAIRS = traditionalPairs();
import { writeSyntheticArchive } from '../../scripts/synthetic-archive';
import { fixtureContent } from '../support/fixture-content';

/** The files the site serves for an index, as the route handlers write them. */
function indexFiles(index: SearchIndex): Map<string, string> {
  const files = new Map([
    [searchManifestPath(), JSON.stringify(index.manifest)],
    [traditionalTablePath(), JSON.stringify(TRADITIONAL_PAIRS)],
  ]);
  index.shards.forEach((shard, n) => files.set(searchShardPath(n), JSON.stringify(shard)));
  index.docChunks.forEach((docs, n) => files.set(searchDocsPath(n), JSON.stringify(docs)));
  index.texts.forEach((text, n) => files.set(searchTextPath(n), JSON.stringify(text)));
  return files;
}

const textOf = (article: Article): ArticleText => ({
  headings: [article.kicker, article.title, article.subtitle, article.byline].filter((text) => text !== undefined),
  body: article.blocks.map((block) => block.text),
});

/** The search page's client over a content index, counting what it fetches. */
function clientOver(content: ContentIndex) {
  const files = indexFiles(buildSearchIndex(content));
  const fetched: { url: string; bytes: number }[] = [];
  const client = createSearchClient({
    fetchJson: async (url) => {
      const file = files.get(url);
      if (file === undefined) throw new Error(`${url}: 404`);
      fetched.push({ url, bytes: Buffer.byteLength(file) });
      return JSON.parse(file);
    },
  });
  return { client, files, fetched };
}

/** Every hit, going on step after step as a reader pressing 更多结果 would. */
async function searchAll(client: ReturnType<typeof createSearchClient>, query: string) {
  const started = await client.startSearch(query);
  if ('problem' in started) return started;
  let run = started;
  do run = await client.moreHits(run, Number.POSITIVE_INFINITY);
  while (run.checked < run.candidates.length);
  return run;
}

describe('search, as the search page runs it, against an independent oracle', () => {
  const { client } = clientOver(fixtureContent);
  const articles = [...fixtureContent.articles.values()];
  // The oracle: String.includes over each article's text, normalized as readers' queries are.
  const normalize = (text: string) => text.normalize('NFKC').toLowerCase();
  const texts = articles.map((article) => normalize([...textOf(article).headings, ...textOf(article).body].join('\n')));

  it('finds exactly the articles holding every 2–6 character substring of every article, asked for in quotes', async () => {
    const queries = new Set<string>();
    for (const text of texts) {
      const characters = Array.from(text);
      for (let length = 2; length <= 6; length++) {
        for (let start = 0; start + length <= characters.length; start++) {
          const query = characters.slice(start, start + length).join('');
          // A query of punctuation alone is refused (tested below); whitespace splits a query in two; a quote mark ends the phrase.
          if (/[\s"“”「」『』]/u.test(query) || !/[\p{L}\p{N}]/u.test(query)) continue;
          queries.add(query);
        }
      }
    }
    expect(queries.size).toBeGreaterThan(3000);
    expect([...queries].some((query) => /\p{Script=Han}/u.test(query) && /[a-z0-9]/.test(query))).toBe(true);
    for (const query of queries) {
      const run = await searchAll(client, `"${query}"`);
      if ('problem' in run) throw new Error(`${query}: ${run.problem}`);
      const expected = articles.filter((_, index) => texts[index].includes(query)).map((article) => articleHref(article.date, article.slug));
      expect(run.hits.map((hit) => hit.href).sort(), query).toEqual(expected.sort());
      expect(searchStatus(run), query).toBe(`找到${expected.length}篇包含“${query}”的文章。`);
    }
  }, 120_000);

  it('finds every article holding a single character', async () => {
    for (const character of ['罗', '社', '民']) {
      const run = await searchAll(client, character);
      if ('problem' in run) throw new Error(run.problem);
      expect(run.hits.length, character).toBe(texts.filter((text) => text.includes(character)).length);
    }
  });

  it('says why punctuation alone cannot be searched', async () => {
    await expect(client.startSearch('——《》')).resolves.toEqual({ problem: '请输入汉字、英文词或数字；标点和符号不能单独搜索。' });
  });
});

describe('what a query fetches from a large archive', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-client-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeSyntheticArchive(dir, 1200);
  const { client, files, fetched } = clientOver(loadContent(dir));
  const indexBytes = [...files.values()].reduce((sum, file) => sum + Buffer.byteLength(file), 0);

  it('is the manifest, the shards of its terms and the document lists of its hits: a small part of the index', async () => {
    expect([...files.keys()].filter((file) => file.includes('/shards/')).length).toBeGreaterThan(16);
    const started = await client.startSearch('社会治理');
    if ('problem' in started) throw new Error(started.problem);
    const run = await client.moreHits(started, 10);
    expect(run.hits).toHaveLength(10);
    expect(searchStatus(run)).toMatch(/^已找到10篇同时包含“社会”“治理”的文章/);
    const indexFetches = fetched.filter(({ url }) => url.startsWith('/search-index/'));
    const shards = indexFetches.filter(({ url }) => url.includes('/shards/'));
    expect(indexFetches[0].url).toBe(searchManifestPath());
    expect(shards.length).toBeLessThanOrEqual(3);
    expect(new Set(indexFetches.map(({ url }) => url)).size).toBe(indexFetches.length);
    const bytes = indexFetches.reduce((sum, { bytes: size }) => sum + size, 0);
    expect(bytes).toBeLessThan(indexBytes / 20);
  });
});

describe('confirming candidates on their pages', () => {
  // Fifty articles hold every pair of 社会治理 (社会, 会治, 治理) but not the phrase; three hold it.
  const dir = mkdtempSync(path.join(tmpdir(), 'search-bound-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, '2024-12-09'));
  const write = (n: number, body: string) =>
    writeFileSync(path.join(dir, '2024-12-09', `a-${n}.md`), `---\ntitle: 第${n}篇\nsection: 要闻\npage: 1\norder: ${n}\n---\n\n${body}\n`);
  for (let n = 1; n <= 50; n++) write(n, '这是社会。各会治水。依法治理。');
  for (let n = 51; n <= 53; n++) write(n, '推进社会治理现代化。');
  const { client, fetched } = clientOver(loadContent(dir));
  const articleFetches = () => fetched.filter(({ url }) => url.startsWith('/search-index/text/')).length;

  it(`fetches at most ${PAGES_PER_STEP} pages a step, says where it stopped, and goes on from there`, async () => {
    const started = await client.startSearch('"社会治理"');
    if ('problem' in started) throw new Error(started.problem);
    expect(started.candidates).toHaveLength(53);
    let run = await client.moreHits(started, 10);
    expect(articleFetches()).toBeLessThanOrEqual(PAGES_PER_STEP);
    expect(run.checked).toBeLessThan(run.candidates.length);
    if (run.hits.length === 0) expect(searchStatus(run)).toBe(`在最相关的${run.checked}篇文章中没有找到包含“社会治理”的文章；点“更多结果”继续查找。`);
    while (run.checked < run.candidates.length) {
      const before = articleFetches();
      run = await client.moreHits(run, 10);
      expect(articleFetches() - before).toBeLessThanOrEqual(PAGES_PER_STEP);
    }
    expect(run.hits.map((hit) => hit.title).sort()).toEqual(['第51篇', '第52篇', '第53篇']);
    expect(searchStatus(run)).toBe('找到3篇包含“社会治理”的文章。');
  });
});


describe('search by words, as readers type keywords', () => {
  const { client, fetched } = clientOver(fixtureContent);
  const articles = [...fixtureContent.articles.values()];
  const normalize = (text: string) => text.normalize('NFKC').toLowerCase();
  const texts = articles.map((article) => normalize([...textOf(article).headings, ...textOf(article).body].join('\n')));
  const hrefOf = (article: Article) => articleHref(article.date, article.slug);
  // The oracle's words: what the platform's own word breaker (ICU, through Intl.Segmenter) finds in
  // the text, of two Chinese characters or more; the expected articles are found with String.includes.
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const wordsIn = (sentence: string) => [...segmenter.segment(sentence)].map(({ segment }) => segment).filter((word) => /^\p{Script=Han}{2,}$/u.test(word));

  it('finds exactly the articles holding every word of 2–3 words drawn from different sentences, typed together or apart', async () => {
    let asked = 0;
    for (const [index, article] of articles.entries()) {
      const sentences = textOf(article).body.join('\n').split(/[。！？\n]/u).map(wordsIn).filter((words) => words.length > 0);
      for (let first = 0; first + 2 < sentences.length; first += 2) {
        const words = [sentences[first][0], sentences[first + 1].at(-1), sentences[first + 2][Math.floor(sentences[first + 2].length / 2)]].filter(
          (word): word is string => word !== undefined,
        );
        for (const chosen of [words.slice(0, 2), words]) {
          if (new Set(chosen).size !== chosen.length) continue;
          const together = chosen.join('');
          // Typed together only where the word breaker reads the same words back.
          const queries = [chosen.join(' '), ...(JSON.stringify(wordsIn(together)) === JSON.stringify(chosen) ? [together] : [])];
          const expected = articles.filter((_, other) => chosen.every((word) => texts[other].includes(word))).map(hrefOf).sort();
          expect(expected, chosen.join(' ')).toContain(hrefOf(articles[index]));
          for (const query of queries) {
            const run = await searchAll(client, query);
            if ('problem' in run) throw new Error(`${query}: ${run.problem}`);
            expect(run.hits.map((hit) => hit.href).sort(), query).toEqual(expected);
            asked++;
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(40);
  }, 60_000);

  it('finds 電梯 in simplified text, loading the traditional table only for a query that needs it', async () => {
    const before = fetched.length;
    const plain = await searchAll(client, '电梯');
    if ('problem' in plain) throw new Error(plain.problem);
    expect(fetched.slice(before).some(({ url }) => url === traditionalTablePath())).toBe(false);
    const run = await searchAll(client, '電梯');
    if ('problem' in run) throw new Error(run.problem);
    const expected = articles.filter((_, index) => texts[index].includes('电梯')).map(hrefOf).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(run.hits.map((hit) => hit.href).sort()).toEqual(expected);
    expect(searchStatus(run)).toBe(`已按简体“电梯”搜索“電梯”。找到${expected.length}篇包含“电梯”的文章。`);
    expect(fetched.filter(({ url }) => url === traditionalTablePath())).toHaveLength(1);
  });

  it('says which words find something when no article holds them all', async () => {
    const run = await searchAll(client, '老旧小区火星探测');
    if ('problem' in run) throw new Error(run.problem);
    expect(run.hits).toEqual([]);
    expect(run.words).toEqual(['老旧', '小区', '火星', '探测']);
    expect(searchStatus(run)).toBe('没有找到同时包含“老旧”“小区”“火星”“探测”的文章。可以只搜其中的词：“老旧”、“小区”。');
  });
});

describe('ranking', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-rank-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const filler = '这里是与本题无关的叙述文字，'.repeat(8);
  const write = (date: string, slug: string, title: string, body: string) => {
    mkdirSync(path.join(dir, date), { recursive: true });
    writeFileSync(path.join(dir, date, `${slug}.md`), `---\ntitle: ${title}\nsection: 要闻\npage: 1\n---\n\n${body}\n`);
  };
  // Newest first: the words apart, then close, then in the title; the phrase itself in the oldest issue.
  write('2024-12-23', 'apart', '社区见闻', `老年人在家。${filler}街道新开了食堂。`);
  write('2024-12-16', 'close', '社区见闻二', `${filler}老年人的食堂开张了。`);
  write('2024-12-09', 'title', '食堂里的老年人', `${filler}一段正文。`);
  write('2024-12-02', 'phrase', '社区见闻三', `${filler}社区的老年人食堂开张了。`);
  write('2024-11-25', 'phrase-newer-tie', '社区见闻四', `${filler}老年人食堂。`);
  const { client } = clientOver(loadContent(dir));

  it('puts the phrase as typed first, then the words in the title, then the words close together, then apart; newer breaks ties', async () => {
    const run = await searchAll(client, '老年人食堂');
    if ('problem' in run) throw new Error(run.problem);
    expect(run.hits.map((hit) => hit.href)).toEqual(
      ['/issues/2024-12-02/phrase', '/issues/2024-11-25/phrase-newer-tie', '/issues/2024-12-09/title', '/issues/2024-12-16/close', '/issues/2024-12-23/apart'],
    );
  });

  it('highlights every word in the snippet, around the phrase where there is one', async () => {
    const run = await searchAll(client, '老年人食堂');
    if ('problem' in run) throw new Error(run.problem);
    const [phrase] = run.hits;
    const marked = phrase.snippet.matches.map(([start, end]) => phrase.snippet.text.slice(start, end));
    expect(marked).toEqual(['老年人', '食堂']);
    const apart = run.hits.at(-1);
    expect(apart?.snippet.matches.map(([start, end]) => apart.snippet.text.slice(start, end))).toContain('老年人');
  });

  it('finds only the phrase in quotes', async () => {
    const run = await searchAll(client, '"老年人食堂"');
    if ('problem' in run) throw new Error(run.problem);
    expect(run.hits.map((hit) => hit.href)).toEqual(['/issues/2024-12-02/phrase', '/issues/2024-11-25/phrase-newer-tie']);
  });
});
