import { fnv1a } from '../fnv1a';

/**
 * Terms of the static Chinese search, shared by the index (built with the site) and the query (run in
 * the browser). Text is split into runs of Chinese characters and runs of other letters and digits;
 * each run is indexed as overlapping character pairs, so any two or more characters in a row find
 * their article (`covi` finds `COVID`), and as single characters, so a one-character query (a
 * surname, `罗`) does too. Results are confirmed against the article text before they are shown.
 */
/** A run of Chinese characters, or of other letters and digits (`covid`, `2024`). */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The terms of a text, each as often as it occurs: with `singles`, every character besides the
 * pairs (the index); without, a character alone only where it stands alone (a query, whose pairs
 * are more selective than its characters).
 */
export function termsOf(text: string, { singles = true }: { singles?: boolean } = {}): string[] {
  const terms: string[] = [];
  for (const [run] of normalizeText(text).matchAll(RUN)) {
    const characters = [...run];
    if (singles || characters.length === 1) terms.push(...characters);
    for (let index = 0; index + 1 < characters.length; index++) terms.push(characters[index] + characters[index + 1]);
  }
  return terms;
}

/** The shard of a term: the browser finds it from the term alone, without the index telling it. */
export function shardOf(term: string, shardCount: number): number {
  return fnv1a(term) % shardCount;
}

/** What the words of a query need: their distinct terms, or why the query cannot be searched. */
export function queryTerms(query: string, words: readonly string[]): { terms: string[] } | { problem: string } {
  const terms = [...new Set(words.flatMap((word) => termsOf(word, { singles: false })))];
  if (terms.length > 0) return { terms };
  return { problem: normalizeText(query).trim() === '' ? '请输入要搜索的词语。' : '请输入汉字、英文词或数字；标点和符号不能单独搜索。' };
}

/** Where the browser fetches the index from. */
export const SEARCH_INDEX_PATH = '/search-index';
export const searchManifestPath = () => `${SEARCH_INDEX_PATH}/manifest.json`;
export const searchShardPath = (shard: number) => `${SEARCH_INDEX_PATH}/shards/${shard}.json`;
export const searchDocsPath = (chunk: number) => `${SEARCH_INDEX_PATH}/docs/${chunk}.json`;
export const traditionalTablePath = () => `${SEARCH_INDEX_PATH}/t2s.json`;
export const searchTextPath = (docId: number) => `${SEARCH_INDEX_PATH}/text/${docId}.json`;

export type SearchManifest = { version: 1; shardCount: number; docCount: number; docsPerChunk: number };
/** A shard: for each term, postings as [doc id delta, weight, doc id delta, weight, …]. */
export type SearchShard = Record<string, number[]>;
/** What the index holds of an article, as its page shows it: kicker, title, subtitle, byline; body blocks. */
export type ArticleText = { headings: string[]; body: string[] };
/** What a result shows before its text is fetched. */
export type SearchDoc = { title: string; kicker?: string; subtitle?: string; date: string; page: number; href: string };
