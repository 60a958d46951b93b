import { notFound } from 'next/navigation';
import { ArticleList } from '@/app/_components/article-list';
import { NeighbourLinks } from '@/app/_components/issue-navigation';
import { pageMetadata } from '@/app/_lib/page-metadata';
import { getSectionListing, listSections } from '@/lib/content';
import { sectionHref } from '@/lib/routes';
import { SITE_NAME } from '@/lib/site';

/** Route params arrive percent-encoded for non-ASCII names in some Next paths and decoded in others. */
export function sectionName(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export function loadSectionListing(param: string, page = 1) {
  return getSectionListing(sectionName(param), page) ?? notFound();
}

/** Every page of every column's listing: `[]` for the first, `['2']` and on for the rest. */
export function listSectionParams(): { section: string; page: string[] }[] {
  return listSections().flatMap(({ name }) => {
    const pageCount = getSectionListing(name)?.pageCount ?? 1;
    return Array.from({ length: pageCount }, (_, index) => ({ section: name, page: index === 0 ? [] : [String(index + 1)] }));
  });
}

export function sectionMetadata(listing: ReturnType<typeof loadSectionListing>) {
  const page = listing.page > 1 ? ` 第${listing.page}页` : '';
  return pageMetadata({
    title: `${listing.name}${page}`,
    description: `《${SITE_NAME}》栏目“${listing.name}”的全部${listing.total}篇文章，按期次由新到旧排列。`,
    pathname: sectionHref(listing.name, listing.page),
  });
}

/** A column's articles across issues, newest first, paginated. */
export function SectionListingView({ listing }: { listing: ReturnType<typeof loadSectionListing> }) {
  const { name, page, pageCount, total, articles } = listing;
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
