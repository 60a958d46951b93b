'use client';

import { useEffect, useState } from 'react';
import { OFFLINE_HREF, OFFLINE_PAGES_CACHE } from '@/lib/publishing/offline';
import { SITE_NAME } from '@/lib/site';

/** The layout's title template adds ` - 民生周刊` to every page. */
const TITLE_SUFFIX = ` - ${SITE_NAME}`;

type SavedPage = { href: string; title: string };

/** The pages kept for reading offline, each under its own title, in the order they were saved. */
async function savedPages(): Promise<SavedPage[]> {
  const cache = await caches.open(OFFLINE_PAGES_CACHE);
  const requests = await cache.keys();
  const pages: SavedPage[] = [];
  for (const request of requests) {
    const url = new URL(request.url);
    if (url.origin !== location.origin || url.pathname === OFFLINE_HREF) continue;
    const html = (await (await cache.match(request))?.text()) ?? '';
    const { title } = new DOMParser().parseFromString(html, 'text/html');
    pages.push({ href: url.pathname + url.search, title: (title.endsWith(TITLE_SUFFIX) ? title.slice(0, -TITLE_SUFFIX.length) : title) || url.pathname });
  }
  return pages;
}

export function SavedPages() {
  const [pages, setPages] = useState<SavedPage[] | undefined>();

  useEffect(() => {
    if (!('caches' in window)) return setPages([]);
    savedPages().then(setPages, () => setPages([]));
  }, []);

  if (!pages) return <p className="mt-6 text-ink-muted">正在查找已保存的页面…</p>;
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
