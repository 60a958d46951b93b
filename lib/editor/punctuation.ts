/**
 * Chinese punctuation: half-width marks that touch Chinese text become full-width, as in print.
 * Numbers, Latin text and URLs keep theirs (`517.6万`, `2.2%`, `COVID-19`, `https://…`).
 */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Han characters and the full-width punctuation and quotes that surround them. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018\u2019\u201c\u201d\u2026\u2014]/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s\p{Script=Han}\uff08\uff09\u3002\uff0c]+/gu;

const isChinese = (character: string | undefined) => character !== undefined && CHINESE.test(character);

function urlMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const match of text.matchAll(URL)) mask.fill(true, match.index, match.index + match[0].length);
  return mask;
}

export type PunctuationResult = { text: string; changes: number };

export function toFullWidthPunctuation(text: string): PunctuationResult {
  const characters = [...text];
  // Index into `text` (UTF-16) for each code point, to consult the URL mask.
  const offsets: number[] = [];
  let offset = 0;
  for (const character of characters) {
    offsets.push(offset);
    offset += character.length;
  }
  const inUrl = urlMask(text);
  const convert = new Set<number>();
  const touchesChinese = (index: number) => isChinese(characters[index - 1]) || isChinese(characters[index + 1]);

  const openParens: number[] = [];
  characters.forEach((character, index) => {
    if (!(character in FULL_WIDTH) || inUrl[offsets[index]]) return;
    if (character === '(') {
      openParens.push(index);
    } else if (character === ')') {
      const open = openParens.pop();
      if (open === undefined) {
        if (touchesChinese(index)) convert.add(index);
        return;
      }
      // A pair changes together: when either side touches Chinese, or it encloses Chinese.
      const enclosesChinese = characters.slice(open + 1, index).some((inner) => isChinese(inner));
      if (touchesChinese(open) || touchesChinese(index) || enclosesChinese) {
        convert.add(open);
        convert.add(index);
      }
    } else if (touchesChinese(index)) {
      convert.add(index);
    }
  });
  for (const open of openParens) if (touchesChinese(open)) convert.add(open);

  return {
    text: characters.map((character, index) => (convert.has(index) ? FULL_WIDTH[character] : character)).join(''),
    changes: convert.size,
  };
}

/** Half-width marks between two Chinese characters: what `npm run check` warns about. */
export function findHalfWidthBetweenChinese(text: string): string[] {
  const characters = [...text];
  return characters.flatMap((character, index) =>
    character in FULL_WIDTH && isChinese(characters[index - 1]) && isChinese(characters[index + 1])
      ? [characters.slice(Math.max(0, index - 2), index + 3).join('')]
      : [],
  );
}

const DOUBLED = /([，。、；：？！,.;:?!])\1+/gu;

/** Punctuation typed twice in a row (`，，`, `。。`); `……` and `——` are correct Chinese and not matched. */
export function findDoubledPunctuation(text: string): string[] {
  return [...text.matchAll(DOUBLED)].map((match) => match[0]);
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
];

/** Opening and closing marks that do not balance within the text, e.g. `“` without `”`. */
export function findUnbalancedPairs(text: string): string[] {
  return PAIRS.flatMap(([open, close]) => {
    let depth = 0;
    for (const character of text) {
      if (character === open) depth++;
      else if (character === close && --depth < 0) return [`${close} without ${open}`];
    }
    return depth > 0 ? [`${open} without ${close}`] : [];
  });
}
