import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/app/_components/article-list';
import { NeighbourLinks } from '@/app/_components/issue-navigation';
import { pageMetadata } from '@/app/_lib/page-metadata';
import { type SectionListing, findSectionBySlug, getSectionListing, listSections } from '@/lib/content/content-index';
import { sectionHref } from '@/lib/publishing/routes';
import { sectionSlug } from '@/lib/content/section-slug';
import { SITE_NAME } from '@/lib/site';

/** Route params arrive percent-encoded for non-ASCII names in some Next paths and decoded in others. */
export function sectionName(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

/** What `/sections/<segment>[/page]` shows: a page of a column, or where a column's old address moved. */
export type SectionRoute = { listing: SectionListing } | { moved: { name: string; href: string } };

/**
 * A column's listing at its slug. At a column's old address (its whole name), a page that sends the
 * reader on: a static export has no server to answer with a redirect, so it is the same page on both.
 */
export function loadSectionRoute(param: string, page = 1): SectionRoute {
  const segment = sectionName(param);
  const name = findSectionBySlug(segment);
  if (name !== undefined) return { listing: getSectionListing(name, page) ?? notFound() };
  if (page === 1 && getSectionListing(segment)) return { moved: { name: segment, href: sectionHref(segment) } };
  notFound();
}

/** Old addresses a server can still match: `.` and `..` never reached a column. */
const hasLegacyAddress = (name: string) => sectionSlug(name) !== name && name !== '.' && name !== '..';

/**
 * Every page of every column's listing: `[]` for the first, `['2']` and on for the rest; and the
 * first page at the column's old address, where it had another.
 */
export function listSectionParams(): { section: string; page: string[] }[] {
  return listSections().flatMap(({ name }) => {
    const pageCount = getSectionListing(name)?.pageCount ?? 1;
    const pages = Array.from({ length: pageCount }, (_, index) => ({ section: sectionSlug(name), page: index === 0 ? [] : [String(index + 1)] }));
    return hasLegacyAddress(name) ? [...pages, { section: name, page: [] }] : pages;
  });
}

export function sectionMetadata(route: SectionRoute): Metadata {
  if ('moved' in route) {
    const { name, href } = route.moved;
    return { ...pageMetadata({ title: name, description: `栏目“${name}”已迁至新地址。`, pathname: href }), robots: { index: false } };
  }
  const { listing } = route;
  const page = listing.page > 1 ? ` 第${listing.page}页` : '';
  return pageMetadata({
    title: `${listing.name}${page}`,
    description: `《${SITE_NAME}》栏目“${listing.name}”的全部${listing.total}篇文章，按期次由新到旧排列。`,
    pathname: sectionHref(listing.name, listing.page),
  });
}

/** A column's old address: an immediate refresh to the new one, and a link for readers. */
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

/** A column's articles across issues, newest first, paginated; or the notice at its old address. */
export function SectionView({ route }: { route: SectionRoute }) {
  if ('moved' in route) return <MovedSection {...route.moved} />;
  const { name, page, pageCount, total, articles } = route.listing;
  const neighbour = (label: string, target: number) =>
    target >= 1 && target <= pageCount ? { label, href: sectionHref(name, target), text: `第${target}页` } : { label };
  return (
    <div className="mx-auto max-w-3xl">
      <header className="border-b border-rule-strong pb-4">
        <p className="text-sm text-ink-muted">栏目</p>
        <h1 className="mt-1 font-serif text-2xl font-bold sm:text-3xl">{name}</h1>
        <p className="mt-2 text-ink-muted">
          共{total}篇文章{pageCount > 1 && `，第${page}页／共${pageCount}页`}
        </p>
      </header>
      <ArticleList articles={articles} heading="h2" showSource />
      {pageCount > 1 && <NeighbourLinks label="栏目分页" previous={neighbour('上一页', page - 1)} next={neighbour('下一页', page + 1)} />}
    </div>
  );
}
