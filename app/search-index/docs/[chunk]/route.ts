import { notFound } from 'next/navigation';
import { staticParams } from '@/app/_lib/static-params';
import { getSearchIndex } from '@/lib/search/site-search-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(() => getSearchIndex().docChunks.map((_, chunk) => ({ chunk: `${chunk}.json` })), (name) => ({ chunk: `${name}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const { chunk } = await params;
  return Response.json(getSearchIndex().docChunks[Number(chunk.replace(/\.json$/, ''))] ?? notFound());
}
