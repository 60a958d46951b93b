import { type ArticleText, createSearchClient } from '@/lib/search/search-client';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/** An article page's fields and body blocks, as the index holds them. */
function articleTextOf(html: string): ArticleText {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const text = (selector: string) => [...page.querySelectorAll(selector)].map((node) => node.textContent ?? '');
  return { headings: text('article [data-field]'), body: text('.article-body > *') };
}

/** The search client of this page: the site's index files and article pages, each fetched once. */
export const siteSearch = createSearchClient({
  fetchJson: async (url) => (await fetchOk(url)).json(),
  fetchArticle: async (url) => articleTextOf(await (await fetchOk(url)).text()),
});
