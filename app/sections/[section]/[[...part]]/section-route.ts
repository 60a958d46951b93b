/**
 * What `/sections/<segment>[/part]` serves, in one place for generateStaticParams, generateMetadata
 * and the page: a part of a section's listing, or the notice at a section's old address.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { type SectionListing, findSectionBySlug, getSectionListing, listSections } from '@/lib/content/content-index';
import { sectionHref } from '@/lib/publishing/routes';
import { sectionSlug } from '@/lib/content/section-slug';
import { SITE_NAME } from '@/lib/site';

/** Route params arrive percent-encoded for non-ASCII names in some Next paths and decoded in others. */
function sectionName(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

/** What `/sections/<segment>[/part]` shows: a part of a section's listing, or where a section's old address moved. */
export type SectionRoute = { listing: SectionListing } | { moved: { name: string; href: string } };

/**
 * A section's listing at its slug. At a section's old address (its whole name), a view that sends the
 * reader on: a static export has no server to answer with a redirect, so it is the same on both.
 */
export function loadSectionRoute(param: string, part = 1): SectionRoute {
  const segment = sectionName(param);
  const name = findSectionBySlug(segment);
  if (name !== undefined) return { listing: getSectionListing(name, part) ?? notFound() };
  if (part === 1 && getSectionListing(segment)) return { moved: { name: segment, href: sectionHref(segment) } };
  notFound();
}

/** Old addresses a server can still match: `.` and `..` never reached a section. */
const hasLegacyAddress = (name: string) => sectionSlug(name) !== name && name !== '.' && name !== '..';

/**
 * Every part of every section's listing: `[]` for the first, `['2']` and on for the rest; and the
 * first at the section's old address, where it had another.
 */
export function listSectionParams(): { section: string; part: string[] }[] {
  return listSections().flatMap(({ name }) => {
    const partCount = getSectionListing(name)?.partCount ?? 1;
    const parts = Array.from({ length: partCount }, (_, index) => ({ section: sectionSlug(name), part: index === 0 ? [] : [String(index + 1)] }));
    return hasLegacyAddress(name) ? [...parts, { section: name, part: [] }] : parts;
  });
}

export function sectionMetadata(route: SectionRoute): Metadata {
  if ('moved' in route) {
    const { name, href } = route.moved;
    return { ...routeMetadata({ title: name, description: `栏目“${name}”已迁至新地址。`, pathname: href }), robots: { index: false } };
  }
  const { listing } = route;
  const part = listing.part > 1 ? ` 第${listing.part}页` : '';
  return routeMetadata({
    title: `${listing.name}${part}`,
    description: `《${SITE_NAME}》栏目“${listing.name}”的全部${listing.total}篇文章，按期次由新到旧排列。`,
    pathname: sectionHref(listing.name, listing.part),
  });
}
