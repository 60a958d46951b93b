import { createSearchClient } from '@/lib/search/search-client';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** The search client of this page: the site's index files, each fetched once. */
export const siteSearch = createSearchClient({ fetchJson: async (url) => (await fetchOk(url)).json() });
