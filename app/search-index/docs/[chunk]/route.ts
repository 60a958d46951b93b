import { getSearchIndex } from '@/lib/search/site-search-index';
import { numberedJsonFiles } from '../../_lib/numbered-json-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/search-index/docs/N.json`: what the results show of documents N × docsPerChunk and on. */
const files = numberedJsonFiles(
  () => getSearchIndex().docChunks,
  (chunk) => ({ chunk }),
  ({ chunk }) => chunk,
);

export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
