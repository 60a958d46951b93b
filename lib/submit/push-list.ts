import { createHash } from 'node:crypto';
import { type Article, type ContentIndex, articleKey } from '../content/model';
import { HOME_HREF, articleHref, issueHref, issuePageHref } from '../publishing/routes';
import { sitemapEntries } from '../publishing/sitemap';
import { absoluteUrl } from '../site';

/** A URL to push, and what it showed when pushed: pushed again only when that changes. */
export type PushEntry = { url: string; fingerprint: string };

/**
 * Listing pages (home, contents, page views, sections, archive) are pushed once, when they first
 * appear: the engines revisit them on their own, and the articles that change them are pushed
 * themselves. An article is pushed again when what its page shows of it changes.
 */
export const LISTING_FINGERPRINT = 'listing';

function articleFingerprint(article: Article): string {
  // Its place on the page (`order`) moves when another article is added before it; the rest is derived from the body.
  const { order: _order, blocks: _blocks, ...shown } = article;
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url').slice(0, 22);
}

/**
 * Every URL of the sitemap, newest first as the engines should take them: the home page, then for
 * each issue from the newest its contents, its articles in reading order and its page views; then
 * the archive and the section listings.
 */
export function pushList(content: ContentIndex): PushEntry[] {
  const inSitemap = new Set(sitemapEntries(content).map((entry) => entry.path));
  const fingerprints = new Map<string, string>();
  const ordered = [HOME_HREF];
  for (const issue of content.issues) {
    ordered.push(issueHref(issue.date));
    for (const slug of content.readingOrder.get(issue.date) ?? []) {
      const article = content.articles.get(articleKey(issue.date, slug));
      if (!article) continue;
      const path = articleHref(issue.date, slug);
      ordered.push(path);
      fingerprints.set(path, articleFingerprint(article));
    }
    for (const page of issue.pages) ordered.push(issuePageHref(issue.date, page.page));
  }
  const paths = new Set(ordered.filter((path) => inSitemap.has(path)));
  for (const path of inSitemap) paths.add(path);
  return [...paths].map((path) => ({ url: absoluteUrl(path), fingerprint: fingerprints.get(path) ?? LISTING_FINGERPRINT }));
}
