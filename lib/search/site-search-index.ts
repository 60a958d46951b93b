import { type ContentIndex } from '../content/content-index';
import { getContent } from '../content/site-content';
import { type SearchIndex, buildSearchIndex } from './build-index';

/**
 * The search index of each content index, kept with it on globalThis: the route handlers that serve
 * the index files may sit in separate server chunks, and all share one build of it.
 */
const CACHE_KEY = Symbol.for('minsheng-weekly.search-index');

function cache(): WeakMap<ContentIndex, SearchIndex> {
  const existing: unknown = Reflect.get(globalThis, CACHE_KEY);
  if (existing instanceof WeakMap) return existing;
  const fresh = new WeakMap<ContentIndex, SearchIndex>();
  Reflect.set(globalThis, CACHE_KEY, fresh);
  return fresh;
}

/** The static search index of the site's content: once per process, or per content read in `next dev`. */
export function getSearchIndex(): SearchIndex {
  const content = getContent();
  const built = cache().get(content) ?? buildSearchIndex(content);
  cache().set(content, built);
  return built;
}
