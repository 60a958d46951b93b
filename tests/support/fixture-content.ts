import { loadContent } from '../../lib/load-content';
import { FIXTURE_SITE_DIR } from './next-site';

/** The same index the built site was made from, so tests compare pages with the content itself. */
export const fixtureContent = loadContent(FIXTURE_SITE_DIR);

export function fixtureArticle(date: string, slug: string) {
  const article = fixtureContent.articles.get(`${date}/${slug}`);
  if (!article) throw new Error(`no fixture article ${date}/${slug}`);
  return article;
}
