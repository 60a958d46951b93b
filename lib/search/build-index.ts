import type { ContentIndex } from '../content/content-index';
import { articleHref } from '../publishing/routes';
import { type ArticleText, type SearchDoc, type SearchManifest, type SearchShard, shardOf, termsOf } from './terms';

/** How much a term counts in each field: a match in the title ranks first. */
const FIELD_WEIGHTS = { title: 16, kicker: 6, subtitle: 6, byline: 3, body: 1 } as const;
const MAX_WEIGHT = 255;
/** About this many postings per shard, so a query fetches little whatever the archive's size. */
const POSTINGS_PER_SHARD = 6_000;
export const DOCS_PER_CHUNK = 200;

/**
 * The index files: the manifest, the shards of terms, the documents' list entries in chunks, and
 * each document's text (headings and body blocks), which the search page reads to confirm a hit and
 * cut its snippet: a fraction of the article page's bytes.
 */
export type SearchIndex = { manifest: SearchManifest; shards: SearchShard[]; docChunks: SearchDoc[][]; texts: ArticleText[] };

function nextPowerOfTwo(value: number): number {
  let power = 1;
  while (power < value) power *= 2;
  return power;
}

/**
 * The static search index of every article: doc ids follow the content's order (newest issue first),
 * postings are sorted by doc id and stored as deltas.
 */
export function buildSearchIndex(content: ContentIndex): SearchIndex {
  const articles = [...content.articles.values()];
  const postings = new Map<string, number[]>();
  articles.forEach((article, docId) => {
    const weights = new Map<string, number>();
    const fields: [keyof typeof FIELD_WEIGHTS, string | undefined][] = [
      ['title', article.title],
      ['kicker', article.kicker],
      ['subtitle', article.subtitle],
      ['byline', article.byline],
      ['body', article.blocks.map((block) => block.text).join('\n')],
    ];
    for (const [field, text] of fields) {
      for (const term of termsOf(text ?? '')) weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHTS[field]);
    }
    for (const [term, weight] of weights) {
      const list = postings.get(term);
      const entry = [docId, Math.min(weight, MAX_WEIGHT)];
      if (list) list.push(...entry);
      else postings.set(term, entry);
    }
  });

  let postingCount = 0;
  for (const list of postings.values()) postingCount += list.length / 2;
  const shardCount = nextPowerOfTwo(Math.max(1, Math.ceil(postingCount / POSTINGS_PER_SHARD)));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [term, list] of postings) {
    const deltas = list.map((value, index) => (index % 2 === 0 && index > 0 ? value - list[index - 2] : value));
    shards[shardOf(term, shardCount)][term] = deltas;
  }

  const docs: SearchDoc[] = articles.map((article) => ({
    title: article.title,
    kicker: article.kicker,
    subtitle: article.subtitle,
    date: article.date,
    page: article.page,
    href: articleHref(article.date, article.slug),
  }));
  const docChunks = Array.from({ length: Math.max(1, Math.ceil(docs.length / DOCS_PER_CHUNK)) }, (_, chunk) =>
    docs.slice(chunk * DOCS_PER_CHUNK, (chunk + 1) * DOCS_PER_CHUNK),
  );
  const texts = articles.map((article) => ({
    headings: [article.kicker, article.title, article.subtitle, article.byline].filter((text) => text !== undefined),
    body: article.blocks.map((block) => block.text),
  }));
  return { manifest: { version: 1, shardCount, docCount: docs.length, docsPerChunk: DOCS_PER_CHUNK }, shards, docChunks, texts };
}
