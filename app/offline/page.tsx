import type { Metadata } from 'next';
import Link from 'next/link';
import { HOME_HREF } from '@/lib/publishing/routes';
import { SavedPages } from './_components/saved-pages';

export const metadata: Metadata = {
  title: '离线',
  robots: { index: false, follow: false },
};

/** What the service worker shows for a page never saved, when there is no network. */
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="font-serif text-2xl font-bold">当前没有网络连接</h1>
      <p className="mt-3 text-ink-muted">这个页面还没有保存到本机，联网后即可阅读。以下是已保存、现在就能阅读的页面。</p>
      <SavedPages />
      <p className="mt-8">
        <Link prefetch={false} href={HOME_HREF} className="text-masthead-dark underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
