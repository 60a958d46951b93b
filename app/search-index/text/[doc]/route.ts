import { getSearchIndex } from '@/lib/search/site-search-index';
import { numberedJsonFiles } from '../../_lib/numbered-json-files';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/search-index/text/N.json`: document N's headings and body, which the search page confirms hits and cuts snippets from. */
const files = numberedJsonFiles(
  () => getSearchIndex().texts,
  (doc) => ({ doc }),
  ({ doc }) => doc,
);

export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
