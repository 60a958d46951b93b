'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Fragment, useEffect, useState } from 'react';
import { formatIssueDate } from '@/lib/content/issue-date';
import { pageLabel } from '@/lib/content/labels';
import { SEARCH_HREF } from '@/lib/publishing/routes';
import { type SearchRun, moreHits, startSearch } from './search-engine';

const PAGE_SIZE = 10;

/** Text with its matches marked. */
function Highlighted({ text, matches }: { text: string; matches: [number, number][] }) {
  let last = 0;
  const pieces = matches.flatMap(([start, end], index) => {
    if (start < last) return [];
    const piece = [
      <Fragment key={`t${index}`}>{text.slice(last, start)}</Fragment>,
      <mark key={`m${index}`} className="bg-masthead/15 text-inherit dark:bg-masthead/30">
        {text.slice(start, end)}
      </mark>,
    ];
    last = end;
    return piece;
  });
  return (
    <>
      {pieces}
      {text.slice(last)}
    </>
  );
}

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
      const started = await startSearch(query);
      if ('problem' in started) return { status: 'problem', message: started.problem };
      return { status: 'done', run: await moreHits(started, PAGE_SIZE) };
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
      setState({ status: 'done', run: await moreHits(run, PAGE_SIZE) });
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
          placeholder="输入标题、作者或正文中的词语"
          className="min-w-0 flex-1 rounded border border-rule-strong bg-surface px-3 py-2 text-base"
        />
        <button type="submit" className="rounded border border-rule-strong px-4 py-2 hover:border-masthead hover:text-masthead">
          搜索
        </button>
      </form>
      <div role="status" className="mt-4 text-ink-muted">
        {state.status === 'searching' && '正在搜索…'}
        {state.status === 'problem' && state.message}
        {state.status === 'done' &&
          (state.run.hits.length === 0
            ? `没有找到包含“${query}”的文章。`
            : state.run.checked >= state.run.candidates.length
              ? `找到${state.run.hits.length}篇包含“${query}”的文章。`
              : `已找到${state.run.hits.length}篇包含“${query}”的文章，按相关程度排列；点“更多结果”继续查找。`)}
      </div>
      {state.status === 'done' && state.run.hits.length > 0 && (
        <ol className="mt-4 space-y-5">
          {state.run.hits.map((hit) => (
            <li key={hit.href}>
              {hit.kicker && <p className="text-sm text-ink-muted">{hit.kicker}</p>}
              <h2 className="font-serif text-lg leading-snug font-bold">
                <Link prefetch={false} href={hit.href} className="hover:text-masthead hover:underline">
                  <Highlighted text={hit.title} matches={hit.titleMatches} />
                </Link>
              </h2>
              <p className="text-sm text-ink-muted">
                <time dateTime={hit.date}>{formatIssueDate(hit.date)}</time> {pageLabel(hit.page)}
              </p>
              <p className="mt-1 leading-relaxed">
                <Highlighted text={hit.snippet.text} matches={hit.snippet.matches} />
              </p>
            </li>
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
