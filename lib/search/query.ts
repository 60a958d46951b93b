import { type SearchShard, normalizeText } from './terms';

export type Candidate = { docId: number; score: number };

/** A term's postings, decoded from its shard: doc id to weight. */
export function decodePostings(shard: SearchShard, term: string): Map<number, number> | undefined {
  const deltas = shard[term];
  if (!deltas) return undefined;
  const postings = new Map<number, number>();
  let docId = 0;
  for (let index = 0; index < deltas.length; index += 2) {
    docId += deltas[index];
    postings.set(docId, deltas[index + 1]);
  }
  return postings;
}

/**
 * The documents holding every term, best first: the sum of the terms' weights (a title match counts
 * most), then the newer article. Documents holding every pair of a phrase may still lack the phrase
 * itself, so results are confirmed against their text before they are shown.
 */
export function rankCandidates(postingsByTerm: (Map<number, number> | undefined)[]): Candidate[] {
  if (postingsByTerm.length === 0 || postingsByTerm.some((postings) => postings === undefined)) return [];
  const lists = postingsByTerm.filter((postings): postings is Map<number, number> => postings !== undefined).sort((a, b) => a.size - b.size);
  const [shortest, ...rest] = lists;
  const candidates: Candidate[] = [];
  for (const [docId, weight] of shortest) {
    let score = weight;
    let everywhere = true;
    for (const postings of rest) {
      const other = postings.get(docId);
      if (other === undefined) {
        everywhere = false;
        break;
      }
      score += other;
    }
    if (everywhere) candidates.push({ docId, score });
  }
  return candidates.sort((a, b) => b.score - a.score || a.docId - b.docId);
}

/**
 * A text normalized as queries are (NFKC, lower case), one character at a time, with where each
 * normalized character came from: `…` becomes `...` and `Ａ` becomes `a`, and matches still map
 * back to the text as written.
 */
function normalizedWithOrigins(text: string): { normalized: string; starts: number[]; ends: number[] } {
  let normalized = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const replacement = normalizeText(character);
    for (let index = 0; index < replacement.length; index++) {
      starts.push(offset);
      ends.push(offset + character.length);
    }
    normalized += replacement;
    offset += character.length;
  }
  return { normalized, starts, ends };
}

/** Where any of the parts occur in a text, ignoring case and full/half width: sorted [start, end) pairs. */
export function findMatches(text: string, parts: readonly string[]): [number, number][] {
  const { normalized, starts, ends } = normalizedWithOrigins(text);
  const matches: [number, number][] = [];
  for (const needle of parts) {
    if (needle === '') continue;
    for (let start = normalized.indexOf(needle); start !== -1; start = normalized.indexOf(needle, start + needle.length)) {
      matches.push([starts[start], ends[start + needle.length - 1]]);
    }
  }
  return matches.sort((a, b) => a[0] - b[0]);
}

/** True when every part occurs in the text. */
export function containsAll(text: string, parts: readonly string[]): boolean {
  return parts.every((part) => findMatches(text, [part]).length > 0);
}

export type Snippet = { text: string; matches: [number, number][] };

/**
 * The fewest characters of the text that hold every word (one of each), or undefined when a word
 * is missing: how close together the words of a query stand.
 */
export function closestSpan(text: string, words: readonly string[]): number | undefined {
  const matches = words.map((word) => findMatches(text, [word]));
  if (matches.some((list) => list.length === 0)) return undefined;
  const events = matches.flatMap((list, word) => list.map(([start, end]) => ({ start, end, word }))).sort((a, b) => a.start - b.start);
  const latest = new Map<number, { start: number; end: number }>();
  let best = Number.POSITIVE_INFINITY;
  for (const event of events) {
    latest.set(event.word, event);
    if (latest.size < words.length) continue;
    const spans = [...latest.values()];
    best = Math.min(best, Math.max(...spans.map((span) => span.end)) - Math.min(...spans.map((span) => span.start)));
  }
  return best;
}

/** About `radius` characters either side of the first match of `around` (else of any part), with every match of the parts in it. */
export function snippetAround(text: string, parts: readonly string[], radius = 40, around: readonly string[] = parts): Snippet | undefined {
  const [first] = findMatches(text, around).length > 0 ? findMatches(text, around) : findMatches(text, parts);
  if (!first) return undefined;
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, first[1] + radius);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return { text: excerpt, matches: findMatches(excerpt, parts) };
}
