import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * SHA-256 of whole files (scans, PDFs, covers, photos), whose first characters name their URLs: any
 * change to the bytes, however small, gives a new address, so the old one may be cached for good.
 * Each hash is remembered with the file's size and modification time and reused while both stay
 * the same (the preview, every build worker, and through the parse cache the next build).
 */
export type KnownHash = { size: number; mtimeMs: number; hash: string };

const known = new Map<string, KnownHash>();
let computed = 0;

const CHUNK_BYTES = 1024 * 1024;

function hashWholeFile(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const descriptor = openSync(file, 'r');
  try {
    for (let read; (read = readSync(descriptor, buffer, 0, CHUNK_BYTES, null)) > 0; ) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(descriptor);
  }
  return hash.digest('hex');
}

/** The file's SHA-256 in hex, read again only when its size or modification time changed. */
export function fileHash(file: string, stats: { size: number; mtimeMs: number }): string {
  const remembered = known.get(file);
  if (remembered && remembered.size === stats.size && remembered.mtimeMs === stats.mtimeMs) return remembered.hash;
  const hash = hashWholeFile(file);
  computed++;
  known.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, hash });
  return hash;
}

/** How many files this process has hashed: the parse cache is saved again when it grows. */
export function hashesComputed(): number {
  return computed;
}

/** What is remembered, for the parse cache to keep. */
export function knownHashes(): [string, KnownHash][] {
  return [...known];
}

/** Hashes a parse cache kept, added to those remembered (which win: they are this process's own). */
export function rememberHashes(entries: Iterable<[string, KnownHash]>): void {
  for (const [file, entry] of entries) if (!known.has(file)) known.set(file, entry);
}
