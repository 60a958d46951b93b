/**
 * npm run bench:search [-- N]: the static search on a generated archive of N articles (default 5,000).
 * Prints the index's size, the bytes a browser fetches for a first and a later query, and the time
 * to find and rank the candidates. Article pages fetched to confirm and excerpt the hits shown
 * (at most ten a query) come on top and are counted separately.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../lib/content/load-content';
import { buildSearchIndex } from '../lib/search/build-index';
import { decodePostings, rankCandidates } from '../lib/search/query';
import { parseQuery, queryWords } from '../lib/search/query-words';
import { type SearchShard, queryTerms, searchDocsPath, searchManifestPath, searchShardPath, searchTextPath, shardOf } from '../lib/search/terms';
import { writeSyntheticArchive } from './synthetic-archive';
import { kb } from './bench-parts/figures';

const count = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(path.join(tmpdir(), 'search-bench-'));

try {
  writeSyntheticArchive(dir, count);
  const content = loadContent(dir);
  let started = performance.now();
  const index = buildSearchIndex(content);
  const buildMs = performance.now() - started;

  // What the site serves, byte for byte as the route handlers write it.
  const files = new Map<string, string>([[searchManifestPath(), JSON.stringify(index.manifest)]]);
  index.shards.forEach((shard, n) => files.set(searchShardPath(n), JSON.stringify(shard)));
  index.docChunks.forEach((chunk, n) => files.set(searchDocsPath(n), JSON.stringify(chunk)));
  index.texts.forEach((text, n) => files.set(searchTextPath(n), JSON.stringify(text)));
  const gzipped = new Map([...files].map(([file, text]) => [file, gzipSync(text).length]));
  const total = (sizes: Iterable<number>) => [...sizes].reduce((sum, size) => sum + size, 0);

  console.log(`Search index of ${count} articles (${content.issues.length} issues), built in ${buildMs.toFixed(0)} ms`);
  console.log(`  files: ${files.size} (${index.manifest.shardCount} shards, ${index.docChunks.length} document lists)`);
  console.log(`  size: ${kb(total([...files.values()].map((text) => Buffer.byteLength(text))))} raw, ${kb(total(gzipped.values()))} gzip`);

  const cache = new Set<string>();
  const fetchOnce = (file: string) => {
    if (cache.has(file)) return 0;
    cache.add(file);
    return gzipped.get(file) ?? 0;
  };

  const run = (query: string) => {
    const terms = queryTerms(query, queryWords(parseQuery(query)));
    if ('problem' in terms) throw new Error(terms.problem);
    let bytes = fetchOnce(searchManifestPath());
    const shardFiles = terms.terms.map((term) => searchShardPath(shardOf(term, index.manifest.shardCount)));
    for (const file of new Set(shardFiles)) bytes += fetchOnce(file);
    const times: number[] = [];
    let candidates = 0;
    for (let repeat = 0; repeat < 20; repeat++) {
      started = performance.now();
      const shards = new Map([...new Set(shardFiles)].map((file): [string, SearchShard] => [file, JSON.parse(files.get(file) ?? '{}')]));
      const ranked = rankCandidates(terms.terms.map((term, n) => decodePostings(shards.get(shardFiles[n]) ?? {}, term)));
      times.push(performance.now() - started);
      candidates = ranked.length;
      if (repeat === 0) {
        for (const { docId } of ranked.slice(0, 10)) bytes += fetchOnce(searchDocsPath(Math.floor(docId / index.manifest.docsPerChunk))) + fetchOnce(searchTextPath(docId));
      }
    }
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    console.log(
      `  "${query}": ${candidates} candidates, ${kb(bytes)} fetched (gzip) with the texts of the first ${Math.min(10, candidates)}, ${median.toFixed(1)} ms to parse and rank`,
    );
  };

  console.log('First query, nothing cached:');
  run('社会治理');
  console.log('Later queries, with what the first fetched:');
  run('社区治理');
  run('养老服务机构');
  run('民生');
  // One character: its own posting list, the longest kind.
  run('社');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
