import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { SectionListingView, listSectionPageParams, loadSectionListing, sectionMetadata } from '../../_components/section-listing';

export const dynamicParams = false;

type Params = Promise<{ section: string; page: string }>;

/** Pages 2 and later of a column's listing; page 1 is /sections/<column> itself. */
const loadListing = cache((section: string, page: string) => {
  if (!/^[1-9]\d*$/.test(page) || page === '1') notFound();
  return loadSectionListing(section, Number(page));
});

export function generateStaticParams() {
  return staticParams(listSectionPageParams);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section, page } = await params;
  return sectionMetadata(loadListing(section, page));
}

export default async function SectionListingPage({ params }: { params: Params }) {
  const { section, page } = await params;
  return <SectionListingView listing={loadListing(section, page)} />;
}
