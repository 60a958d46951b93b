'use client';

import { useEffect, useState } from 'react';
import { OFFLINE_HREF, OFFLINE_PAGES_CACHE, SAVED_TITLE_HEADER } from '@/lib/publishing/offline';
import { SITE_NAME } from '@/lib/site';
import { scriptsAtOnce } from '@/lib/publishing/script-loading';

/** The layout's title template adds ` - 民生周刊` to every page. */
const TITLE_SUFFIX = ` - ${SITE_NAME}`;

type SavedPage = { href: string; title: string };

/**
 * The pages kept for reading offline, each under its own title, in the order they were saved. The
 * title is the one the service worker wrote beside each page as it kept it: no page is read back.
 */
async function savedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(OFFLINE_PAGES_CACHE);
  const requests = await cache.keys();
  const pages = await Promise.all(
    requests.map(async (request) => {
      const url = new URL(request.url);
      if (url.origin !== location.origin || url.pathname === OFFLINE_HREF) return [];
      const title = decodeURIComponent((await cache.match(request))?.headers.get(SAVED_TITLE_HEADER) ?? '');
      return [{ href: url.pathname + url.search, title: (title.endsWith(TITLE_SUFFIX) ? title.slice(0, -TITLE_SUFFIX.length) : title) || url.pathname }];
    }),
  );
  return pages.flat();
}

export function SavedPages() {
  const [pages, setPages] = useState<SavedPage[] | undefined>();

  useEffect(() => {
    if (!('caches' in window)) return setPages([]);
    savedPages().then(setPages, () => setPages([]));
  }, []);

  if (!pages)
    return (
      <p className="mt-6 text-ink-muted" {...scriptsAtOnce}>
        正在查找已保存的页面…
      </p>
    );
  if (pages.length === 0) return <p className="mt-6">还没有保存任何页面。联网时打开的文章和目录会自动保存，也可以在目录页点“离线阅读本期”。</p>;
  return (
    <section aria-labelledby="saved-pages" className="mt-6">
      <h2 id="saved-pages" className="font-bold">已保存的页面（{pages.length}）</h2>
      <ul className="mt-2 space-y-1">
        {pages.map(({ href, title }) => (
          <li key={href}>
            <a href={href} className="hover:text-masthead hover:underline">
              {title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
