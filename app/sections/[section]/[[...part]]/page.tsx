import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { SectionView } from './_components/section-view';
import { listSectionParams, loadSectionRoute, sectionMetadata } from './section-route';

export const dynamicParams = false;

/** `/sections/<section>` is the first part of its listing; `/sections/<section>/2` and on follow. */
type Params = Promise<{ section: string; part?: string[] }>;

const loadRoute = cache((section: string, part: string[] = []) => {
  if (part.length === 0) return loadSectionRoute(section);
  if (part.length > 1 || !/^[1-9]\d*$/.test(part[0]) || part[0] === '1') notFound();
  return loadSectionRoute(section, Number(part[0]));
});

export function generateStaticParams() {
  return staticParams(listSectionParams, (section) => ({ section, part: [] }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section, part } = await params;
  return sectionMetadata(loadRoute(section, part));
}

export default async function SectionPage({ params }: { params: Params }) {
  const { section, part } = await params;
  return <SectionView route={loadRoute(section, part)} />;
}
