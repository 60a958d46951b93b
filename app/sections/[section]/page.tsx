import type { Metadata } from 'next';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { listSections } from '@/lib/content';
import { SectionListingView, loadSectionListing, sectionMetadata } from '../_components/section-listing';

export const dynamicParams = false;

type Params = Promise<{ section: string }>;

const loadListing = cache((section: string) => loadSectionListing(section));

export function generateStaticParams() {
  return staticParams(() => listSections().map(({ name }) => ({ section: name })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return sectionMetadata(loadListing((await params).section));
}

export default async function SectionPage({ params }: { params: Params }) {
  return <SectionListingView listing={loadListing((await params).section)} />;
}
