'use client';

import { useSearchParams } from 'next/navigation';
import { Fragment, useEffect, useState } from 'react';
import { SEARCH_HREF } from '@/lib/publishing/routes';
import { type SearchRun, searchStatus } from '@/lib/search/search-client';
import { SearchHitItem } from './search-hit';
import { siteSearch } from './site-search';

/** Hits shown at first, and added by 更多结果. */
const RESULTS_PER_BATCH = 10;

type State = { status: 'idle' } | { status: 'searching' } | { status: 'problem'; message: string } | { status: 'done'; run: SearchRun };

/** Searches the static index for `?q=` and lists the hits, best first. */
export function SearchResults() {
  const query = useSearchParams().get('q')?.trim() ?? '';
  const [state, setState] = useState<State>({ status: 'idle' });
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (!query) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'searching' });
    const search = async (): Promise<State> => {
      const started = await siteSearch.startSearch(query);
      if ('problem' in started) return { status: 'problem', message: started.problem };
      return { status: 'done', run: await siteSearch.moreHits(started, RESULTS_PER_BATCH) };
    };
    search()
      .catch((): State => ({ status: 'problem', message: '搜索暂时不可用，请稍后再试。' }))
      .then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [query]);

  const showMore = async (run: SearchRun) => {
    setLoadingMore(true);
    try {
      setState({ status: 'done', run: await siteSearch.moreHits(run, RESULTS_PER_BATCH) });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <form action={SEARCH_HREF} role="search" className="mt-4 flex gap-2">
        <label htmlFor="search-query" className="sr-only">
          搜索词
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          key={query}
          // The page is where the header's 搜索 leads on a phone: the reader types at once.
          autoFocus
          placeholder="输入标题、作者或正文中的词语"
          className="min-w-0 flex-1 rounded border border-rule-strong bg-surface px-3 py-2 text-base"
        />
        <button type="submit" className="rounded border border-rule-strong px-4 py-2 hover:border-masthead hover:text-masthead">
          搜索
        </button>
      </form>
      <p className="mt-2 text-sm text-ink-muted">输入关键词即可，词语不必相连；多个词用空格分开；加引号（如 "社区治理"）只找完整短语。</p>
      <div role="status" className="mt-4 text-ink-muted">
        {state.status === 'searching' && '正在搜索…'}
        {state.status === 'problem' && state.message}
        {state.status === 'done' && searchStatus(state.run)}
      </div>
      {state.status === 'done' && state.run.hits.length === 0 && state.run.suggestions.length > 0 && (
        <p className="mt-2">
          试试：
          {state.run.suggestions.map((word, index) => (
            <Fragment key={word}>
              {index > 0 && '、'}
              <a href={`${SEARCH_HREF}?q=${encodeURIComponent(word)}`} className="text-masthead-dark underline">
                {word}
              </a>
            </Fragment>
          ))}
        </p>
      )}
      {state.status === 'done' && state.run.hits.length > 0 && (
        <ol className="mt-4 space-y-5">
          {state.run.hits.map((hit) => (
            <SearchHitItem key={hit.href} hit={hit} />
          ))}
        </ol>
      )}
      {state.status === 'done' && state.run.checked < state.run.candidates.length && (
        <button
          type="button"
          disabled={loadingMore}
          onClick={() => showMore(state.run)}
          className="mt-6 rounded border border-rule-strong px-4 py-2 hover:border-masthead hover:text-masthead disabled:opacity-50"
        >
          {loadingMore ? '正在载入…' : '更多结果'}
        </button>
      )}
    </>
  );
}
