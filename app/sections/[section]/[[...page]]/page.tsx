import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { SectionView, listSectionParams, loadSectionRoute, sectionMetadata } from '../../_components/section-listing';

export const dynamicParams = false;

/** `/sections/<column>` is its first page; `/sections/<column>/2` and on follow. */
type Params = Promise<{ section: string; page?: string[] }>;

const loadRoute = cache((section: string, page: string[] = []) => {
  if (page.length === 0) return loadSectionRoute(section);
  if (page.length > 1 || !/^[1-9]\d*$/.test(page[0]) || page[0] === '1') notFound();
  return loadSectionRoute(section, Number(page[0]));
});

export function generateStaticParams() {
  return staticParams(listSectionParams, (section) => ({ section, page: [] }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section, page } = await params;
  return sectionMetadata(loadRoute(section, page));
}

export default async function SectionPage({ params }: { params: Params }) {
  const { section, page } = await params;
  return <SectionView route={loadRoute(section, page)} />;
}
