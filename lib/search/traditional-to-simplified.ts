/**
 * A reader who switched the site to 繁體 types 電梯; the archive is written 电梯. The build writes a
 * characters-only table, traditional to simplified (OpenCC's `tw` to `cn` characters, Taiwan's glyphs
 * included), as one string of pairs; the search page fetches it only when a query's terms are not
 * all in the index, and converts the query character by character.
 */

/** `電电梯梯…`: each traditional character followed by its simplified one. */
export type TraditionalPairs = string;

export function toSimplified(text: string, pairs: TraditionalPairs): string {
  const table = new Map<string, string>();
  const characters = [...pairs];
  for (let index = 0; index + 1 < characters.length; index += 2) table.set(characters[index], characters[index + 1]);
  return [...text].map((character) => table.get(character) ?? character).join('');
}

export const HAN_CHARACTER = /\p{Script=Han}/u;
