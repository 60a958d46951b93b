import Link from 'next/link';
import { ArticleList } from '@/app/_components/article-list';
import { NeighbourLinks } from '@/app/_components/issue-navigation';
import { partNeighbours } from '@/lib/content/neighbours';
import { partLinks } from '@/lib/publishing/neighbour-links';
import type { SectionRoute } from '../section-route';

/** A section's old address: an immediate refresh to the new one, and a link for readers. */
function MovedSection({ name, href }: { name: string; href: string }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1 className="font-serif text-2xl font-bold">{name}</h1>
      <p className="mt-4">
        本栏目已迁至新地址：
        <Link prefetch={false} href={href} className="text-masthead-dark underline">
          {name}
        </Link>
      </p>
    </div>
  );
}

/** A section's articles across issues, newest first, in parts; or the notice at its old address. */
export function SectionView({ route }: { route: SectionRoute }) {
  if ('moved' in route) return <MovedSection {...route.moved} />;
  const { name, part, partCount, total, articles } = route.listing;
  return (
    <div className="mx-auto max-w-3xl">
      <header className="border-b border-rule-strong pb-4">
        <p className="text-sm text-ink-muted">栏目</p>
        <h1 className="mt-1 font-serif text-2xl font-bold sm:text-3xl">{name}</h1>
        <p className="mt-2 text-ink-muted">
          共{total}篇文章{partCount > 1 && `，第${part}页／共${partCount}页`}
        </p>
      </header>
      <ArticleList articles={articles} heading="h2" showSource />
      {partCount > 1 && <NeighbourLinks kind="part" links={partLinks(name, partNeighbours(route.listing))} />}
    </div>
  );
}
