/**
 * 我的收藏: the articles a reader keeps (收藏) and the ones read lately (阅读记录), kept in the
 * browser's storage under one key and sent nowhere. These are the pure operations on it; the
 * components read and write the storage (app/_components/library-storage.ts).
 */

export const LIBRARY_STORAGE_KEY = 'minsheng:library';
/** The 阅读记录 keeps this many articles, the latest first. */
export const READING_HISTORY_LIMIT = 50;
/** 收藏 keeps up to this many, so that the storage (5 MB a site) never fills. */
export const SAVED_LIMIT = 500;

export type LibraryEntry = {
  href: string;
  title: string;
  /** The date, YYYY-MM-DD. */
  date: string;
  section?: string;
  /** When it was kept or last read: an ISO time. */
  at: string;
};
export type Library = { saved: LibraryEntry[]; read: LibraryEntry[] };
export type LibraryArticle = Omit<LibraryEntry, 'at'>;

/*
 * Checked by hand rather than with zod, which the pages' scripts would then carry (and whose
 * compiled parsers try `new Function`, which the pages' Content-Security-Policy refuses).
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function entryOf(value: unknown): LibraryEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { href, title, date, section, at } = value;
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return undefined;
  if (typeof title !== 'string' || typeof date !== 'string' || typeof at !== 'string') return undefined;
  if (section !== undefined && typeof section !== 'string') return undefined;
  return section === undefined ? { href, title, date, at } : { href, title, date, section, at };
}

function entriesOf(value: unknown): LibraryEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries = value.map(entryOf);
  return entries.every((entry) => entry !== undefined) ? entries.filter((entry) => entry !== undefined) : undefined;
}

export const EMPTY_LIBRARY: Library = { saved: [], read: [] };

/** What was stored, or an empty library when nothing was, or what was stored cannot be read. */
export function parseLibrary(stored: string | null): Library {
  if (!stored) return EMPTY_LIBRARY;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return EMPTY_LIBRARY;
  }
  if (!isRecord(value)) return EMPTY_LIBRARY;
  const saved = entriesOf(value.saved);
  const read = entriesOf(value.read);
  return saved && read ? { saved, read } : EMPTY_LIBRARY;
}

const first = (entries: LibraryEntry[], article: LibraryArticle, at: Date, limit: number): LibraryEntry[] =>
  [{ ...article, at: at.toISOString() }, ...entries.filter(({ href }) => href !== article.href)].slice(0, limit);

export const isSaved = (library: Library, href: string) => library.saved.some((entry) => entry.href === href);

export const withSaved = (library: Library, article: LibraryArticle, at = new Date()): Library => ({
  ...library,
  saved: first(library.saved, article, at, SAVED_LIMIT),
});

export const withoutSaved = (library: Library, href: string): Library => ({ ...library, saved: library.saved.filter((entry) => entry.href !== href) });

/** The article first in 阅读记录, once. */
export const withRead = (library: Library, article: LibraryArticle, at = new Date()): Library => ({
  ...library,
  read: first(library.read, article, at, READING_HISTORY_LIMIT),
});
