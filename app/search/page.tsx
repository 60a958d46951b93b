import type { Metadata } from 'next';
import { Suspense } from 'react';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { SEARCH_HREF } from '@/lib/publishing/routes';
import { scriptsAtOnce } from '@/lib/publishing/script-loading';
import { SearchResults } from './_components/search-results';

export const metadata: Metadata = {
  ...routeMetadata({
    title: '搜索',
    description: '搜索《民生周刊》全部文章的标题、引题、副题、作者和正文。',
    pathname: SEARCH_HREF,
  }),
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  return (
    // The results are made in the browser: the page loads its scripts at once, not on a first gesture.
    <div className="mx-auto max-w-3xl" {...scriptsAtOnce}>
      <h1 className="font-serif text-2xl font-bold">搜索</h1>
      <p className="mt-2 text-sm text-ink-muted">在全部文章的标题、引题、副题、作者和正文中查找，输入词语、人名或一个汉字即可。</p>
      {/* The query is read in the browser, so the page itself stays static. */}
      <Suspense fallback={<p className="mt-4 text-ink-muted">正在载入搜索…</p>}>
        <SearchResults />
      </Suspense>
    </div>
  );
}
