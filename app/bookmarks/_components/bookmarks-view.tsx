'use client';

import { useEffect, useState } from 'react';
import { OFFLINE_PAGES_CACHE } from '@/lib/publishing/offline';
import { scriptsAtOnce } from '@/lib/publishing/script-loading';
import { EMPTY_LIBRARY, type Library, type LibraryEntry, withoutSaved } from '@/lib/reading/library';
import { buttonClass } from '@/app/_components/button-styles';
import { onLibraryChange, readLibrary, writeLibrary } from '@/app/_components/library-storage';

/** The addresses of the pages the service worker keeps, to mark what can be read offline. */
async function keptOffline(): Promise<Set<string>> {
  if (!('caches' in window)) return new Set();
  const cache = await caches.open(OFFLINE_PAGES_CACHE);
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
}

const dateLabel = (date: string) => {
  const [year, month, day] = date.split('-');
  return `${year}年${month}月${day}日`;
};

function EntryList({ entries, offline, onRemove }: { entries: LibraryEntry[]; offline: Set<string>; onRemove?: (entry: LibraryEntry) => void }) {
  return (
    <ul className="mt-3 divide-y divide-rule">
      {entries.map((entry) => (
        <li key={entry.href} className="flex items-baseline gap-3 py-2">
          <div className="min-w-0 flex-1">
            <a href={entry.href} className="font-serif text-lg hover:text-masthead hover:underline">
              {entry.title}
            </a>
            <p className="text-sm text-ink-muted">
              {dateLabel(entry.date)}
              {entry.section && ` · ${entry.section}`}
              {offline.has(entry.href) && ' · 可离线阅读'}
            </p>
          </div>
          {onRemove && (
            <button type="button" className={buttonClass} onClick={() => onRemove(entry)} aria-label={`取消收藏：${entry.title}`}>
              取消收藏
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** 收藏 (newest first, each removable) and 阅读记录 (latest first), each cleared with one button. */
export function BookmarksView() {
  const [library, setLibrary] = useState<Library | undefined>();
  const [offline, setOffline] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () => setLibrary(readLibrary());
    load();
    keptOffline().then(setOffline, () => undefined);
    return onLibraryChange(load);
  }, []);

  const change = (next: Library, message: string) => {
    setStatus(writeLibrary(next) ? message : '这台设备的浏览器不允许保存');
    setLibrary(readLibrary());
  };

  if (!library)
    return (
      <p className="mt-6 text-ink-muted" {...scriptsAtOnce}>
        正在读取收藏…
      </p>
    );
  return (
    <>
      <p role="status" className="mt-3 min-h-[1.5em] text-sm text-masthead-dark">
        {status}
      </p>
      <section aria-labelledby="saved-articles" className="mt-4">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="saved-articles" className="text-lg font-bold">
            收藏（{library.saved.length}）
          </h2>
          {library.saved.length > 0 && (
            <button type="button" className={buttonClass} onClick={() => change({ ...library, saved: EMPTY_LIBRARY.saved }, '已清空收藏')}>
              清空收藏
            </button>
          )}
        </div>
        {library.saved.length === 0 ? (
          <p className="mt-3 text-ink-muted">还没有收藏的文章。在文章页点“收藏”，就能在这里找到它。</p>
        ) : (
          <EntryList entries={library.saved} offline={offline} onRemove={(entry) => change(withoutSaved(library, entry.href), `已取消收藏：${entry.title}`)} />
        )}
      </section>
      <section aria-labelledby="reading-history" className="mt-8">
        <div className="flex items-baseline justify-between gap-3">
          <h2 id="reading-history" className="text-lg font-bold">
            阅读记录（{library.read.length}）
          </h2>
          {library.read.length > 0 && (
            <button type="button" className={buttonClass} onClick={() => change({ ...library, read: EMPTY_LIBRARY.read }, '已清空阅读记录')}>
              清空阅读记录
            </button>
          )}
        </div>
        {library.read.length === 0 ? (
          <p className="mt-3 text-ink-muted">还没有阅读记录。</p>
        ) : (
          <EntryList entries={library.read} offline={offline} />
        )}
      </section>
    </>
  );
}
