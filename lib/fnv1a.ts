/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units: a short, stable hash that the build and the
 * browser compute alike (search shards, section URL fingerprints). Not for security. Written here
 * because it is six lines and must run in client bundles, where Node's crypto is not.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
