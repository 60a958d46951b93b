import {
  type Candidate,
  type Snippet,
  containsAll,
  decodePostings,
  findMatches,
  queryParts,
  rankCandidates,
  snippetAround,
} from '@/lib/search/query';
import {
  type SearchDoc,
  type SearchManifest,
  type SearchShard,
  queryTerms,
  searchDocsPath,
  searchManifestPath,
  searchShardPath,
  shardOf,
} from '@/lib/search/terms';

/** Every file is fetched at most once per page: a later query reuses what an earlier one fetched. */
function memo<T>(cache: Map<string, Promise<T>>, url: string, read: (response: Response) => Promise<T>): Promise<T> {
  const cached = cache.get(url);
  if (cached) return cached;
  const pending = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return read(response);
  });
  pending.catch(() => cache.delete(url));
  cache.set(url, pending);
  return pending;
}

const manifests = new Map<string, Promise<SearchManifest>>();
const shards = new Map<string, Promise<SearchShard>>();
const docChunks = new Map<string, Promise<SearchDoc[]>>();
const texts = new Map<string, Promise<ArticleText>>();

const manifest = () => memo(manifests, searchManifestPath(), (response) => response.json());

type ArticleText = { headings: string[]; body: string[] };

/** What the index holds of an article, read from its page: kicker, title, subtitle, byline, body blocks. */
function articleText(url: string): Promise<ArticleText> {
  return memo(texts, url, async (response) => {
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const text = (selector: string) => [...page.querySelectorAll(selector)].map((node) => node.textContent ?? '');
    return { headings: text('article [data-field]'), body: text('.article-body > *') };
  });
}

export type SearchHit = SearchDoc & { snippet: Snippet; titleMatches: [number, number][] };

export type SearchRun = {
  parts: string[];
  candidates: Candidate[];
  /** How many candidates have been checked against their text. */
  checked: number;
  hits: SearchHit[];
};

/** Finds the candidates of a query: the documents that hold every one of its terms. */
export async function startSearch(query: string): Promise<SearchRun | { problem: string }> {
  const terms = queryTerms(query);
  if ('problem' in terms) return terms;
  const { shardCount } = await manifest();
  const postings = await Promise.all(
    terms.terms.map(async (term) => {
      const shard = await memo(shards, searchShardPath(shardOf(term, shardCount)), (response) => response.json());
      return decodePostings(shard, term);
    }),
  );
  return { parts: queryParts(query), candidates: rankCandidates(postings), checked: 0, hits: [] };
}

const BATCH = 5;

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

/** Checks further candidates against their text until `count` more hits are found or none are left. */
export async function moreHits(run: SearchRun, count: number): Promise<SearchRun> {
  const { docsPerChunk } = await manifest();
  const hits = [...run.hits];
  let checked = run.checked;
  const target = hits.length + count;
  while (hits.length < target && checked < run.candidates.length) {
    const batch = run.candidates.slice(checked, checked + BATCH);
    checked += batch.length;
    const found = await Promise.all(
      batch.map(async ({ docId }): Promise<SearchHit[]> => {
        const chunk = await memo(docChunks, searchDocsPath(Math.floor(docId / docsPerChunk)), (response) => response.json());
        const doc = chunk[docId % docsPerChunk];
        const text = await articleText(doc.href);
        if (!containsAll([...text.headings, ...text.body].join('\n'), run.parts)) return [];
        return [{ ...doc, snippet: snippetOf(text, doc.title, run.parts), titleMatches: findMatches(doc.title, run.parts) }];
      }),
    );
    hits.push(...found.flat());
  }
  return { ...run, checked, hits };
}
