import { getSearchIndex } from '@/lib/search/site-search-index';
import { numberedJsonFiles } from '../../_lib/numbered-json-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/search-index/shards/N.json`: the postings of the terms that hash to shard N. */
const files = numberedJsonFiles(
  () => getSearchIndex().shards,
  (shard) => ({ shard }),
  ({ shard }) => shard,
);

export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
