import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Where builds keep parsed article files for the next build (lib/content/article-file-memo.ts), and
 * the version of the code that parsed them; next.config.ts sets both for every build process.
 * Without them (scripts, tests of lib/), every file is parsed; set empty, the cache is off.
 */
export const PARSE_CACHE_VARIABLE = 'CONTENT_PARSE_CACHE';
export const PARSE_CACHE_VERSION_VARIABLE = 'CONTENT_PARSE_CACHE_VERSION';

/**
 * What a cached parse depends on besides the file itself: the site's own code under `lib/` (the
 * parser, the front-matter schema, the messages), the installed packages (package-lock.json) and
 * Node's serialization format, and where the project is. Any change starts the cache afresh.
 */
export function parseCacheVersion(projectDir: string): string {
  // Where the project is, too: a problem names its file relative to it.
  const hash = createHash('sha1').update(`node ${process.versions.v8}\n${path.resolve(projectDir)}\n`);
  const lib = path.join(projectDir, 'lib');
  const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort();
  for (const name of sources) hash.update(`${name}\0`).update(readFileSync(path.join(lib, name)));
  hash.update(readFileSync(path.join(projectDir, 'package-lock.json')));
  return hash.digest('hex');
}
