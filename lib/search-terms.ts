/**
 * Terms of the static Chinese search, shared by the index (built with the site) and the query (run in
 * the browser). Chinese text is indexed as overlapping character pairs, so any run of two or more
 * Chinese characters in an article finds it; Latin words and numbers are indexed whole.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[a-z0-9]+/g;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms of a text, each as often as it occurs. */
export function termsOf(text: string): string[] {
  const normalized = normalizeText(text);
  const terms: string[] = [];
  for (const [run] of normalized.matchAll(HAN_RUN)) {
    const characters = [...run];
    for (let index = 0; index + 1 < characters.length; index++) terms.push(characters[index] + characters[index + 1]);
  }
  for (const [word] of normalized.matchAll(WORD)) terms.push(word);
  return terms;
}

/** FNV-1a, so the browser finds a term's shard without the index telling it. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index++) {
    hash ^= term.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** What a query needs: its distinct terms, or why it cannot be searched. */
export function queryTerms(query: string): { terms: string[] } | { problem: string } {
  const terms = [...new Set(termsOf(query))];
  if (terms.length > 0) return { terms };
  return { problem: normalizeText(query).trim() === '' ? '请输入要搜索的词语。' : '请至少输入两个汉字，或一个完整的英文词、数字。' };
}

/** Where the browser fetches the index from. */
export const SEARCH_INDEX_PATH = '/search-index';
export const searchManifestPath = () => `${SEARCH_INDEX_PATH}/manifest.json`;
export const searchShardPath = (shard: number) => `${SEARCH_INDEX_PATH}/shards/${shard}.json`;
export const searchDocsPath = (chunk: number) => `${SEARCH_INDEX_PATH}/docs/${chunk}.json`;

export type SearchManifest = { version: 1; shardCount: number; docCount: number; docsPerChunk: number };
/** A shard: for each term, postings as [doc id delta, weight, doc id delta, weight, …]. */
export type SearchShard = Record<string, number[]>;
/** What a result shows before its page is fetched. */
export type SearchDoc = { title: string; kicker?: string; subtitle?: string; date: string; page: number; href: string };
