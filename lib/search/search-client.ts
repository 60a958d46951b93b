import { type Candidate, type Snippet, closestSpan, containsAll, decodePostings, findMatches, rankCandidates, snippetAround } from './query';
import { type QueryPart, parseQuery, queryWords } from './query-words';
import {
  type ArticleText,
  type SearchDoc,
  type SearchManifest,
  type SearchShard,
  queryTerms,
  searchDocsPath,
  searchManifestPath,
  searchShardPath,
  searchTextPath,
  shardOf,
  termsOf,
  traditionalTablePath,
} from './terms';
import { HAN_CHARACTER, toSimplified } from './traditional-to-simplified';

/**
 * Where the search page gets the index files, as JSON. The browser fetches them from the site;
 * tests hand them over from the index built in Node.
 */
export type SearchSource = { fetchJson(url: string): Promise<unknown> };

/** How a hit ranks: the reader's phrases found as typed, then words in the title, then how close the words stand, then the index's order. */
export type Relevance = { phrases: number; wordsInTitle: number; span: number; candidate: number };

export type SearchHit = SearchDoc & { snippet: Snippet; titleMatches: [number, number][]; relevance: Relevance };

export type SearchRun = {
  /** What was searched: the reader's query, or its simplified form. */
  query: string;
  /** The reader's query in traditional characters, when it was searched in simplified ones. */
  convertedFrom?: string;
  parts: QueryPart[];
  /** Every word that must occur. */
  words: string[];
  candidates: Candidate[];
  /** How many candidates have been checked against their text. */
  checked: number;
  hits: SearchHit[];
  /** When nothing holds every word: the words that find articles on their own. */
  suggestions: string[];
};

/** Candidates are checked against their pages this many at a time. */
const BATCH = 5;
/**
 * At most this many pages are fetched to confirm candidates per step (a query, or 更多结果), however
 * few of them turn out to hold the phrase: a reader on a phone never waits for a hundred pages.
 */
export const PAGES_PER_STEP = 20;
const SNIPPET_LENGTH = 80;

/** Around the phrase (else the first word) in the body; else the heading or byline that matched; else the body's start. */
function snippetOf({ headings, body }: ArticleText, title: string, words: string[], phrases: string[]): Snippet {
  const bodyText = body.join('\n');
  const otherHeadings = headings.filter((heading) => heading !== title).join('\n');
  const start = bodyText.slice(0, SNIPPET_LENGTH);
  return (
    snippetAround(bodyText, words, undefined, phrases) ??
    snippetAround(otherHeadings, words) ?? { text: bodyText.length > SNIPPET_LENGTH ? `${start}…` : start, matches: [] }
  );
}

/** The parts of several words, whose phrase as typed ranks first. */
const phrasesOf = (parts: readonly QueryPart[]) => parts.filter((part) => part.words.length > 1).map((part) => part.text);

function compareRelevance(a: Relevance, b: Relevance): number {
  return b.phrases - a.phrases || b.wordsInTitle - a.wordsInTitle || a.span - b.span || a.candidate - b.candidate;
}

/** Every file is fetched at most once per client: a later query reuses what an earlier one fetched. */
function memo<T>(read: (url: string) => Promise<T>): (url: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (url) => {
    const cached = cache.get(url);
    if (cached) return cached;
    const pending = read(url);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
    return pending;
  };
}

/** The static search as the search page runs it: find candidates in the index, then confirm them on their pages. */
export function createSearchClient(source: SearchSource) {
  const json = memo(source.fetchJson);
  const manifest = async (): Promise<SearchManifest> => {
    const value = await json(searchManifestPath());
    if (!isManifest(value)) throw new Error('the search manifest is not readable');
    return value;
  };

  const postingsOf = async (terms: string[]) => {
    const { shardCount } = await manifest();
    return new Map(
      await Promise.all(terms.map(async (term) => [term, decodePostings(asShard(await json(searchShardPath(shardOf(term, shardCount)))), term)] as const)),
    );
  };
  const traditionalTable = async () => {
    const value = await json(traditionalTablePath());
    return typeof value === 'string' ? value : '';
  };

  /**
   * The candidates of a query: the documents that hold every word, those holding every pair of a
   * phrase as typed first, then by the words' weights. A query whose terms are not all in the index
   * and that holds Chinese is tried in simplified characters.
   */
  async function startSearch(query: string, convertedFrom?: string): Promise<SearchRun | { problem: string }> {
    const parts = parseQuery(query);
    const words = queryWords(parts);
    const required = queryTerms(query, words);
    if ('problem' in required) return required;
    const phraseTerms = phrasesOf(parts).map((phrase) => termsOf(phrase, { singles: false }));
    const postings = await postingsOf([...new Set([...required.terms, ...phraseTerms.flat()])]);
    if (convertedFrom === undefined && HAN_CHARACTER.test(query) && required.terms.some((term) => postings.get(term) === undefined)) {
      const simplified = toSimplified(query, await traditionalTable());
      if (simplified !== query) return startSearch(simplified, query);
    }
    const ranked = rankCandidates(required.terms.map((term) => postings.get(term)));
    const holdsPhrases = (docId: number) => phraseTerms.filter((terms) => terms.every((term) => postings.get(term)?.has(docId))).length;
    const candidates = ranked
      .map((candidate, index) => ({ candidate, index, phrases: holdsPhrases(candidate.docId) }))
      .sort((a, b) => b.phrases - a.phrases || a.index - b.index)
      .map(({ candidate }) => candidate);
    const suggestions =
      candidates.length === 0 && words.length > 1
        ? words.filter((word) => rankCandidates(termsOf(word, { singles: false }).map((term) => postings.get(term))).length > 0)
        : [];
    return { query, convertedFrom, parts, words, candidates, checked: 0, hits: [], suggestions };
  }

  /**
   * Checks further candidates against their text until `count` more hits are found, none are left,
   * or PAGES_PER_STEP pages have been fetched; the run says where to go on from. The hits found so
   * far are ordered by their relevance in the text.
   */
  async function moreHits(run: SearchRun, count: number): Promise<SearchRun> {
    const { docsPerChunk } = await manifest();
    const hits = [...run.hits];
    const phrases = phrasesOf(run.parts);
    let checked = run.checked;
    const target = hits.length + count;
    const stop = Math.min(run.candidates.length, checked + PAGES_PER_STEP);
    while (hits.length < target && checked < stop) {
      const first = checked;
      const batch = run.candidates.slice(checked, Math.min(stop, checked + BATCH));
      checked += batch.length;
      const found = await Promise.all(
        batch.map(async ({ docId }, offset): Promise<SearchHit[]> => {
          const chunk = asDocs(await json(searchDocsPath(Math.floor(docId / docsPerChunk))));
          const doc = chunk[docId % docsPerChunk];
          const text = asText(await json(searchTextPath(docId)));
          const whole = [...text.headings, ...text.body].join('\n');
          if (!containsAll(whole, run.words)) return [];
          const relevance: Relevance = {
            phrases: phrases.filter((phrase) => findMatches(whole, [phrase]).length > 0).length,
            wordsInTitle: run.words.filter((word) => findMatches(doc.title, [word]).length > 0).length,
            span: closestSpan(whole, run.words) ?? Number.POSITIVE_INFINITY,
            candidate: first + offset,
          };
          return [{ ...doc, snippet: snippetOf(text, doc.title, run.words, phrases), titleMatches: findMatches(doc.title, run.words), relevance }];
        }),
      );
      hits.push(...found.flat());
    }
    return { ...run, checked, hits: hits.sort((a, b) => compareRelevance(a.relevance, b.relevance)) };
  }

  return { startSearch, moreHits };
}

/** What the run looked for, in the words of the status line: `包含“社区治理”`, `同时包含“老年人”“食堂”`. */
function soughtLabel(run: SearchRun): string {
  const quoted = run.words.map((word) => `“${word}”`).join('');
  return run.words.length === 1 ? `包含${quoted}` : `同时包含${quoted}`;
}

/** The line the search page says about a finished run: counts are of confirmed hits only. */
export function searchStatus(run: SearchRun): string {
  const converted = run.convertedFrom === undefined ? '' : `已按简体“${run.query}”搜索“${run.convertedFrom}”。`;
  const sought = soughtLabel(run);
  if (run.hits.length === 0 && run.checked < run.candidates.length) {
    return `${converted}在最相关的${run.checked}篇文章中没有找到${sought}的文章；点“更多结果”继续查找。`;
  }
  if (run.hits.length === 0) {
    const shorter = run.suggestions.length > 0 ? `可以只搜其中的词：${run.suggestions.map((word) => `“${word}”`).join('、')}。` : '';
    return `${converted}没有找到${sought}的文章。${shorter}`;
  }
  if (run.checked >= run.candidates.length) return `${converted}找到${run.hits.length}篇${sought}的文章。`;
  return `${converted}已找到${run.hits.length}篇${sought}的文章，按相关程度排列；点“更多结果”继续查找。`;
}

// The index files are the site's own, written by build-index.ts; these checks keep a damaged file
// from being read as something else.
function isManifest(value: unknown): value is SearchManifest {
  return typeof value === 'object' && value !== null && 'shardCount' in value && 'docsPerChunk' in value;
}

function asShard(value: unknown): SearchShard {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

function asText(value: unknown): ArticleText {
  if (typeof value !== 'object' || value === null || !('headings' in value) || !('body' in value)) throw new Error('a search text is not readable');
  const { headings, body } = value;
  if (!Array.isArray(headings) || !Array.isArray(body)) throw new Error('a search text is not readable');
  return { headings: headings.map(String), body: body.map(String) };
}

function asDocs(value: unknown): SearchDoc[] {
  if (!Array.isArray(value)) throw new Error('a search document list is not readable');
  return value;
}
