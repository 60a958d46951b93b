import { z } from 'zod';

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

const entrySchema = z.object({
  href: z.string().startsWith('/'),
  title: z.string(),
  /** The date, YYYY-MM-DD. */
  date: z.string(),
  section: z.string().optional(),
  /** When it was kept or last read: an ISO time. */
  at: z.string(),
});
const librarySchema = z.object({ saved: z.array(entrySchema), read: z.array(entrySchema) });

export type LibraryEntry = z.infer<typeof entrySchema>;
export type Library = z.infer<typeof librarySchema>;
export type LibraryArticle = Omit<LibraryEntry, 'at'>;

export const EMPTY_LIBRARY: Library = { saved: [], read: [] };

/** What was stored, or an empty library when nothing was, or what was stored cannot be read. */
export function parseLibrary(stored: string | null): Library {
  if (!stored) return EMPTY_LIBRARY;
  try {
    const parsed = librarySchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : EMPTY_LIBRARY;
  } catch {
    return EMPTY_LIBRARY;
  }
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
