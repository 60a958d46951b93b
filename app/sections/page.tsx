import Link from 'next/link';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { listSections } from '@/lib/content/content-index';
import { SECTIONS_HREF, sectionHref } from '@/lib/publishing/routes';

export const metadata = routeMetadata({ title: '栏目', description: '《民生周刊》的全部栏目，每个栏目收录历期文章。', pathname: SECTIONS_HREF });

export default function SectionsPage() {
  const sections = listSections();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">栏目</h1>
      {sections.length === 0 && <p className="mt-4 text-ink-muted">还没有发布任何文章。</p>}
      <ul className="mt-4 grid gap-2 sm:grid-cols-3">
        {sections.map(({ name, total }) => (
          <li key={name}>
            <Link prefetch={false} href={sectionHref(name)} className="hover:text-masthead hover:underline">
              {name}
            </Link>
            <span className="text-sm text-ink-muted"> · {total}篇</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
