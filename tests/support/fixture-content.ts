import path from 'node:path';
import { loadContent } from '../../lib/content/load-content';

/** Content the browser tests build their site from: issues, pages, odd section names, hostile HTML. */
export const FIXTURE_SITE_DIR = path.resolve('tests', 'fixtures', 'site');

/** The build folder of the site the browser tests run against (`next start`). */
export const BROWSER_TEST_BUILD = '.next-test';
/** The same site as `npm run export` writes it, which the browser tests serve with nginx. */
export const BROWSER_TEST_EXPORT = '.next-test-browser-export';

/**
 * The fixed clock of the fixture site: builds of it publish the issues up to this date, and its
 * issue dated 2099-01-05 is scheduled.
 */
export const FIXTURE_PUBLISH_UNTIL = '2024-12-31';
export const FIXTURE_SCHEDULED_ISSUE = '2099-01-05';

/** The same index the built site was made from, so tests compare pages with the content itself. */
export const fixtureContent = loadContent(FIXTURE_SITE_DIR, { publishUntil: FIXTURE_PUBLISH_UNTIL });

export function fixtureArticle(date: string, slug: string) {
  const article = fixtureContent.articles.get(`${date}/${slug}`);
  if (!article) throw new Error(`no fixture article ${date}/${slug}`);
  return article;
}
