import { type Candidate, type Snippet, containsAll, decodePostings, findMatches, queryParts, rankCandidates, snippetAround } from './query';
import {
  type SearchDoc,
  type SearchManifest,
  type SearchShard,
  queryTerms,
  searchDocsPath,
  searchManifestPath,
  searchShardPath,
  shardOf,
} from './terms';

/** What the index holds of an article, as its page shows it: kicker, title, subtitle, byline, body blocks. */
export type ArticleText = { headings: string[]; body: string[] };

/**
 * Where the search page gets its files: the index files as JSON, and each hit's page as text. The
 * browser fetches them from the site; tests hand them over from the index built in Node.
 */
export type SearchSource = {
  fetchJson(url: string): Promise<unknown>;
  /** The text of the article page at `url`. */
  fetchArticle(url: string): Promise<ArticleText>;
};

export type SearchHit = SearchDoc & { snippet: Snippet; titleMatches: [number, number][] };

export type SearchRun = {
  parts: string[];
  candidates: Candidate[];
  /** How many candidates have been checked against their text. */
  checked: number;
  hits: SearchHit[];
};

/** Candidates are checked against their pages this many at a time. */
const BATCH = 5;
/**
 * At most this many pages are fetched to confirm candidates per step (a query, or 更多结果), however
 * few of them turn out to hold the phrase: a reader on a phone never waits for a hundred pages.
 */
export const PAGES_PER_STEP = 20;
const SNIPPET_LENGTH = 80;

/** Around the match in the body; else the heading or byline that matched; else the body's start. */
function snippetOf({ headings, body }: ArticleText, title: string, parts: string[]): Snippet {
  const bodyText = body.join('\n');
  const otherHeadings = headings.filter((heading) => heading !== title).join('\n');
  const start = bodyText.slice(0, SNIPPET_LENGTH);
  return (
    snippetAround(bodyText, parts) ??
    snippetAround(otherHeadings, parts) ?? { text: bodyText.length > SNIPPET_LENGTH ? `${start}…` : start, matches: [] }
  );
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
  const article = memo(source.fetchArticle);
  const manifest = async (): Promise<SearchManifest> => {
    const value = await json(searchManifestPath());
    if (!isManifest(value)) throw new Error('the search manifest is not readable');
    return value;
  };

  /** The candidates of a query: the documents that hold every one of its terms, best first. */
  async function startSearch(query: string): Promise<SearchRun | { problem: string }> {
    const terms = queryTerms(query);
    if ('problem' in terms) return terms;
    const { shardCount } = await manifest();
    const postings = await Promise.all(
      terms.terms.map(async (term) => decodePostings(asShard(await json(searchShardPath(shardOf(term, shardCount)))), term)),
    );
    return { parts: queryParts(query), candidates: rankCandidates(postings), checked: 0, hits: [] };
  }

  /**
   * Checks further candidates against their text until `count` more hits are found, none are left,
   * or PAGES_PER_STEP pages have been fetched; the run says where to go on from.
   */
  async function moreHits(run: SearchRun, count: number): Promise<SearchRun> {
    const { docsPerChunk } = await manifest();
    const hits = [...run.hits];
    let checked = run.checked;
    const target = hits.length + count;
    const stop = Math.min(run.candidates.length, checked + PAGES_PER_STEP);
    while (hits.length < target && checked < stop) {
      const batch = run.candidates.slice(checked, Math.min(stop, checked + BATCH));
      checked += batch.length;
      const found = await Promise.all(
        batch.map(async ({ docId }): Promise<SearchHit[]> => {
          const chunk = asDocs(await json(searchDocsPath(Math.floor(docId / docsPerChunk))));
          const doc = chunk[docId % docsPerChunk];
          const text = await article(doc.href);
          if (!containsAll([...text.headings, ...text.body].join('\n'), run.parts)) return [];
          return [{ ...doc, snippet: snippetOf(text, doc.title, run.parts), titleMatches: findMatches(doc.title, run.parts) }];
        }),
      );
      hits.push(...found.flat());
    }
    return { ...run, checked, hits };
  }

  return { startSearch, moreHits };
}

/** The line the search page says about a finished run: counts are of confirmed hits only. */
export function searchStatus(run: SearchRun, query: string): string {
  if (run.hits.length === 0 && run.checked < run.candidates.length) {
    return `在最相关的${run.checked}篇文章中没有找到“${query}”；点“更多结果”继续查找。`;
  }
  if (run.hits.length === 0) return `没有找到包含“${query}”的文章。`;
  if (run.checked >= run.candidates.length) return `找到${run.hits.length}篇包含“${query}”的文章。`;
  return `已找到${run.hits.length}篇包含“${query}”的文章，按相关程度排列；点“更多结果”继续查找。`;
}

// The index files are the site's own, written by build-index.ts; these checks keep a damaged file
// from being read as something else.
function isManifest(value: unknown): value is SearchManifest {
  return typeof value === 'object' && value !== null && 'shardCount' in value && 'docsPerChunk' in value;
}

function asShard(value: unknown): SearchShard {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

function asDocs(value: unknown): SearchDoc[] {
  if (!Array.isArray(value)) throw new Error('a search document list is not readable');
  return value;
}
