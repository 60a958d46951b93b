import { notFound } from 'next/navigation';
import { staticParams } from '@/app/_lib/static-params';
import { getSearchIndex } from '@/lib/search/site-search-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(() => getSearchIndex().shards.map((_, shard) => ({ shard: `${shard}.json` })), (name) => ({ shard: `${name}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }) {
  const { shard } = await params;
  return Response.json(getSearchIndex().shards[Number(shard.replace(/\.json$/, ''))] ?? notFound());
}
