import Link from 'next/link';
import { ARCHIVE_HREF, HOME_HREF } from '@/lib/publishing/routes';

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="font-serif text-2xl font-bold">页面不存在</h1>
      <p className="mt-4 text-ink-muted">您要找的期次或文章不存在，可能是地址有误。</p>
      <p className="mt-6 flex justify-center gap-6">
        <Link prefetch={false} href={HOME_HREF} className="text-masthead-dark underline">
          阅读最新一期
        </Link>
        <Link prefetch={false} href={ARCHIVE_HREF} className="text-masthead-dark underline">
          往期回顾
        </Link>
      </p>
    </div>
  );
}
