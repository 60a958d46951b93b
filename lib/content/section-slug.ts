import { fnv1a } from '../fnv1a';

/**
 * The URL segment of a section (栏目). Section names are free text; a name that is safe in a path on
 * every server (no ASCII punctuation but `-` and `_`, no spaces, at most 40 characters) is its own
 * segment: `/sections/人物·访谈`. Any other gets a readable stand-in plus a hash of the whole name,
 * so it is unique and never changes: `城市/乡村` → `/sections/城市-乡村-0860a128`. A `/`, `?`, `#`,
 * `%`, `.` or `..` would otherwise be read by the browser, `next start` or nginx as path syntax.
 */

const MAX_SEGMENT_CHARACTERS = 40;
/** ASCII other than letters, digits, `-` and `_`, and every space or control character. */
const UNSAFE = /[\x00-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\s\p{Cc}\p{Cf}]/u;
const UNSAFE_RUNS = new RegExp(`${UNSAFE.source}+`, 'gu');

export function sectionSlug(name: string): string {
  const characters = Array.from(name);
  if (!UNSAFE.test(name) && characters.length <= MAX_SEGMENT_CHARACTERS && name !== '') return name;
  const fingerprint = fnv1a(name).toString(16).padStart(8, '0');
  const readable = Array.from(name.replace(UNSAFE_RUNS, '-').replace(/^-+|-+$/g, ''))
    .slice(0, MAX_SEGMENT_CHARACTERS)
    .join('')
    .replace(/-+$/, '');
  return readable === '' ? fingerprint : `${readable}-${fingerprint}`;
}
