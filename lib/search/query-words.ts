import { normalizeText } from './terms';

/**
 * What a reader asks for: the query in parts, as the reader separated them (spaces, quotes), each
 * part in the words a Chinese reader reads in it. `老年人食堂` is one part of two words, 老年人 and
 * 食堂, found wherever they stand; `"社区治理"` is one exact phrase; `社区 治理` two parts.
 */
export type QueryPart = {
  /** The part as typed, normalized (NFKC, lower case). */
  text: string;
  /** The words that must each occur; one word, the part itself, for an exact phrase. */
  words: string[];
  /** Quoted: only the phrase itself counts. */
  exact: boolean;
};

type WordSegmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };

/** Intl.Segmenter's Chinese word breaking (ICU's dictionary), where the runtime has it. */
function defaultSegmenter(): WordSegmenter | null {
  return typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * The words of one part. A run of single Chinese characters (a name like 罗燕 that the dictionary
 * does not know, or 疫情防控 split into characters) stays together as one word, so it must occur as
 * written, and a lone character joins the word before it (共同|体 is 共同体: one character alone
 * would match nearly every article). Browsers' dictionaries differ (Chromium reads 服务|共同|体 where
 * Node reads 服务|共同体); these rules make both the same. Without a segmenter the whole part is one
 * word, an exact phrase.
 */
export function wordsOf(part: string, segmenter: WordSegmenter | null = defaultSegmenter()): string[] {
  if (!segmenter) return [part];
  const words: string[] = [];
  let run = '';
  for (const { segment, isWordLike } of segmenter.segment(part)) {
    if (!isWordLike) {
      if (run) words.push(run);
      run = '';
      continue;
    }
    if ([...segment].length === 1 && HAN.test(segment)) {
      run += segment;
      continue;
    }
    if (run) words.push(run);
    run = '';
    words.push(segment);
  }
  if (run) words.push(run);
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    if ([...word].length === 1 && HAN.test(word) && previous !== undefined && HAN.test([...previous].at(-1) ?? '') && part.includes(previous + word)) {
      joined[joined.length - 1] = previous + word;
    } else {
      joined.push(word);
    }
  }
  return [...new Set(joined)];
}

const QUOTED = /["“”「」『』]([^"“”「」『』]*)["“”「」『』]?/gu;

export function parseQuery(query: string, segmenter: WordSegmenter | null = defaultSegmenter()): QueryPart[] {
  const normalized = normalizeText(query);
  const parts: QueryPart[] = [];
  const unquoted = normalized.replace(QUOTED, (_match, phrase: string) => {
    const text = phrase.trim();
    if (text) parts.push({ text, words: [text], exact: true });
    return ' ';
  });
  for (const text of unquoted.split(/\s+/).filter(Boolean)) {
    const words = wordsOf(text, segmenter);
    if (words.length > 0) parts.push({ text, words, exact: words.length === 1 && words[0] === text });
  }
  return parts;
}

/** Every word the query asks for, each once. */
export const queryWords = (parts: readonly QueryPart[]): string[] => [...new Set(parts.flatMap((part) => part.words))];
