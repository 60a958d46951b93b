import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../support/fixture-content';
import { buildSearchIndex } from '../../lib/search/build-index';
import { closestSpan, containsAll, decodePostings, findMatches, rankCandidates, snippetAround } from '../../lib/search/query';
import { parseQuery, queryWords, wordsOf } from '../../lib/search/query-words';
import { queryTerms, shardOf, termsOf } from '../../lib/search/terms';

const content = fixtureContent;
const index = buildSearchIndex(content);
const articles = [...content.articles.values()];

/** What the browser does with the index files: the candidates of a query, as doc ids. */
function candidates(query: string): number[] {
  const terms = queryTerms(query, queryWords(parseQuery(query)));
  if ('problem' in terms) return [];
  const postings = terms.terms.map((term) => decodePostings(index.shards[shardOf(term, index.manifest.shardCount)], term));
  return rankCandidates(postings).map((candidate) => candidate.docId);
}

describe('search terms', () => {
  it('are the single characters and overlapping pairs of each run of Chinese, or of other letters and digits, normalized', () => {
    expect(termsOf('党建引领，COVID-19 Ｈｉ')).toEqual(
      ['党', '建', '引', '领', '党建', '建引', '引领', 'c', 'o', 'v', 'i', 'd', 'co', 'ov', 'vi', 'id', '1', '9', '19', 'h', 'i', 'hi'],
    );
    expect(termsOf('民')).toEqual(['民']);
    expect(termsOf('新冠covid疫情')).toEqual(['新', '冠', '新冠', 'c', 'o', 'v', 'i', 'd', 'co', 'ov', 'vi', 'id', '疫', '情', '疫情']);
  });

  it('of a query are the pairs of its words, and a character only where it stands alone', () => {
    const termsOfQuery = (query: string) => queryTerms(query, queryWords(parseQuery(query)));
    expect(termsOfQuery('  ')).toEqual({ problem: '请输入要搜索的词语。' });
    expect(termsOfQuery('——《》')).toEqual({ problem: '请输入汉字、英文词或数字；标点和符号不能单独搜索。' });
    expect(termsOfQuery('民')).toEqual({ terms: ['民'] });
    expect(termsOfQuery('罗 社区')).toEqual({ terms: ['罗', '社区'] });
    expect(termsOfQuery('社区 社区')).toEqual({ terms: ['社区'] });
    // 老年人 and 食堂: not 人食, which only the phrase as typed holds.
    expect(termsOfQuery('老年人食堂')).toEqual({ terms: ['老年', '年人', '食堂'] });
  });

  it('land in the shard of their FNV-1a hash, which the browser computes from the term alone', () => {
    // FNV-1a over UTF-16 code units, written out here with BigInt as an independent check.
    const fnv = (term: string) => {
      let hash = 0x811c9dc5n;
      for (const unit of Array.from({ length: term.length }, (_, index) => term.charCodeAt(index))) hash = ((hash ^ BigInt(unit)) * 0x01000193n) % 2n ** 32n;
      return hash;
    };
    for (const term of ['社区', '治理', 'covid', '罗', '𠀀']) expect(shardOf(term, 64), term).toBe(Number(fnv(term) % 64n));
    expect(new Set(['社区', '治理', '民生', '改造', '供暖'].map((term) => shardOf(term, 64))).size).toBeGreaterThan(1);
  });
});

describe('the search index', () => {
  it('finds every article by every term of its text', () => {
    articles.forEach((article, docId) => {
      const text = [article.title, article.kicker, article.subtitle, article.byline, ...article.blocks.map((block) => block.text)].join('\n');
      for (const term of new Set(termsOf(text))) {
        expect(candidates(term), `${article.slug}: ${term}`).toContain(docId);
      }
    });
  });

  it('finds a phrase only in the articles holding all of its pairs, title matches first', () => {
    const docOf = (slug: string) => articles.findIndex((article) => article.slug === slug);
    expect(candidates('"服务共同体"')).toEqual([docOf('yiliao-gaige')]);
    expect(candidates('"老旧小区"')[0]).toBe(docOf('full-fields'));
    const found = candidates('民生');
    expect(found[0]).toBe(docOf('b-kuaixun'));
    expect(found).toContain(docOf('full-fields'));
    expect(candidates('"没有这个词语"')).toEqual([]);
  });

  it('lists each document for the results', () => {
    expect(index.manifest).toEqual({ version: 1, shardCount: 1, docCount: articles.length, docsPerChunk: 200 });
    expect(index.docChunks[0][0]).toEqual({
      title: articles[0].title,
      kicker: articles[0].kicker,
      subtitle: undefined,
      date: '2024-12-16',
      page: 1,
      href: '/issues/2024-12-16/b-kuaixun',
    });
  });
});

describe('the words of a query', () => {
  /** A word breaker that reads as it is told, as another browser's dictionary might. */
  const reading = (...segments: string[]) => ({ segment: () => segments.map((segment) => ({ segment, isWordLike: /[\p{L}\p{N}]/u.test(segment) })) });

  it('are the word breaker’s words, runs of single characters kept together, a lone character joined to the word before', () => {
    expect(wordsOf('服务共同体', reading('服务', '共同', '体'))).toEqual(['服务', '共同体']);
    expect(wordsOf('服务共同体', reading('服务', '共同体'))).toEqual(['服务', '共同体']);
    expect(wordsOf('罗燕说', reading('罗', '燕', '说'))).toEqual(['罗燕说']);
    expect(wordsOf('老旧小区加装电梯', reading('老旧', '小区', '加', '装', '电梯'))).toEqual(['老旧', '小区', '加装', '电梯']);
    expect(wordsOf('covid-19疫情', reading('covid', '-', '19', '疫情'))).toEqual(['covid', '19', '疫情']);
  });

  it('are the whole part where the runtime has no word breaker', () => {
    expect(wordsOf('老年人食堂', null)).toEqual(['老年人食堂']);
  });

  it('come in parts: spaces part them, quotes ask for a phrase as it stands', () => {
    expect(parseQuery('“老旧小区” 加装电梯  ＣＯＶＩＤ')).toEqual([
      { text: '老旧小区', words: ['老旧小区'], exact: true },
      { text: '加装电梯', words: ['加装', '电梯'], exact: false },
      { text: 'covid', words: ['covid'], exact: true },
    ]);
  });
});

describe('matches and snippets', () => {
  it('confirm every word of the query in the text, ignoring case and width', () => {
    expect(containsAll('党建引领基层治理', ['党建', '治理'])).toBe(true);
    expect(containsAll('党建和治理引', ['党建引'])).toBe(false);
    expect(findMatches('COVID-19 与 covid', ['covid'])).toEqual([
      [0, 5],
      [11, 16],
    ]);
  });

  it('map matches back to the text as written when normalizing changes its length', () => {
    // `……` becomes `......`, so positions after it move; `ＡＢＣ` is found as `abc`.
    expect(findMatches('他说……ＡＢＣ类', ['abc类'])).toEqual([[4, 8]]);
    expect(containsAll('他说……ＡＢＣ类', ['abc'])).toBe(true);
  });

  it('measure how close the words stand: the fewest characters holding one of each', () => {
    expect(closestSpan('老年人在社区食堂吃饭，食堂也为老年人送餐', ['老年人', '食堂'])).toBe(7);
    expect(closestSpan('老年人食堂', ['老年人', '食堂'])).toBe(5);
    expect(closestSpan('老年人', ['老年人', '食堂'])).toBeUndefined();
  });

  it('cut the text around the first match and mark every match in it', () => {
    const text = `${'甲'.repeat(100)}社区治理${'乙'.repeat(10)}社区${'丙'.repeat(100)}`;
    const snippet = snippetAround(text, ['社区'], 20);
    expect(snippet?.text).toBe(`…${'甲'.repeat(20)}社区治理${'乙'.repeat(10)}社区${'丙'.repeat(6)}…`);
    expect(snippet?.matches).toEqual([
      [21, 23],
      [35, 37],
    ]);
  });
});
