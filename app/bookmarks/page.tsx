import type { Metadata } from 'next';
import { BookmarksView } from './_components/bookmarks-view';

export const metadata: Metadata = {
  title: '我的收藏',
  robots: { index: false, follow: false },
};

/** 我的收藏: what this browser keeps for its reader (lib/reading/library.ts); the server knows none of it. */
export default function BookmarksPage() {
  return (
    <div className="mx-auto max-w-2xl py-4">
      <h1 className="font-serif text-2xl font-bold">我的收藏</h1>
      <p className="mt-2 text-sm text-ink-muted">收藏和阅读记录只保存在这台设备的浏览器里，不会发送到任何地方。</p>
      <BookmarksView />
    </div>
  );
}
