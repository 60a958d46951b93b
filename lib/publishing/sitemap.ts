import { type ContentIndex, type Issue, SECTION_PART_SIZE } from '../content/content-index';
import { issueDateTime } from '../content/issue-date';
import { ARCHIVE_HREF, HOME_HREF, SECTIONS_HREF, articleHref, issueHref, issuePageHref, sectionHref } from './routes';
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '../site';
import { XML_DECLARATION, escapeXml } from './xml';

/** What one sitemap file may hold, for Baidu, Google, Bing, 360 and Sogou alike: 50,000 URLs and 10 MB. */
export type SitemapLimits = { urls: number; bytes: number };
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 10 * 1024 * 1024 };
export const SITEMAP_PATH = '/sitemap.xml';
/** The same URLs as plain text, one a line, for engines and tools that take that form. */
export const TEXT_SITEMAP_PATH = '/sitemap.txt';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
/** Where the parts of a split sitemap live: `/sitemaps/1.xml`, `/sitemaps/2.xml`… and `/sitemaps/2.txt`… */
export const sitemapPartPath = (part: number, format: 'xml' | 'txt' = 'xml') => `/sitemaps/${part}.${format}`;

export type SitemapEntry = { path: string; lastmod?: string };

/**
 * Every page of the site with the date it last changed: home, archive, the section list; each issue's
 * contents, page views (版) and articles; every part of every section's listing.
 */
export function sitemapEntries({ issues, sections }: ContentIndex): SitemapEntry[] {
  const latest = issues[0]?.date;
  // The home page is there even before the first issue: a sitemap lists at least one URL.
  const site = latest ? [HOME_HREF, ARCHIVE_HREF, SECTIONS_HREF].map((path) => ({ path, lastmod: latest })) : [{ path: HOME_HREF }];
  const sectionParts = [...sections].flatMap(([name, articles]) =>
    // Articles are newest first, and a new one moves every part of the listing.
    Array.from({ length: Math.ceil(articles.length / SECTION_PART_SIZE) }, (_, index) => ({ path: sectionHref(name, index + 1), lastmod: articles[0].date })),
  );
  return [
    ...site,
    ...issues.flatMap((issue) => [
      { path: issueHref(issue.date), lastmod: issue.date },
      ...issue.pages.map((page) => ({ path: issuePageHref(issue.date, page.page), lastmod: issue.date })),
      ...issue.pages.flatMap((page) => page.articles.map((article) => ({ path: articleHref(article.date, article.slug), lastmod: issue.date }))),
    ]),
    ...sectionParts,
  ];
}

const URLSET_OPEN = `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
const URLSET_CLOSE = '</urlset>\n';
const urlElement = ({ path, lastmod }: SitemapEntry) => `<url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;

/**
 * The entries in parts that each fit one sitemap file: at most `limits.urls` URLs and
 * `limits.bytes` of XML (the plain-text parts, shorter, fit too). One part when all fit.
 */
export function sitemapParts(entries: SitemapEntry[], limits: SitemapLimits = SITEMAP_LIMITS): SitemapEntry[][] {
  const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const parts: SitemapEntry[][] = [];
  let part: SitemapEntry[] = [];
  let bytes = frame;
  for (const entry of entries) {
    const size = Buffer.byteLength(urlElement(entry)) + 1;
    if (frame + size > limits.bytes) throw new Error(`${entry.path}: one URL is longer than a sitemap may be (${limits.bytes} bytes)`);
    if (part.length > 0 && (part.length === limits.urls || bytes + size > limits.bytes)) {
      parts.push(part);
      part = [];
      bytes = frame;
    }
    part.push(entry);
    bytes += size;
  }
  parts.push(part);
  return parts;
}

export function urlsetXml(entries: SitemapEntry[]): string {
  return `${URLSET_OPEN}${entries.map((entry) => `${urlElement(entry)}\n`).join('')}${URLSET_CLOSE}`;
}

/** A plain-text sitemap: the absolute URLs, one a line, in UTF-8. */
export function sitemapText(entries: SitemapEntry[]): string {
  return entries.map(({ path }) => `${absoluteUrl(path)}\n`).join('');
}

/** `/sitemap.xml`: the URLs themselves, or past the limit an index of the parts. */
export function sitemapXml(parts: SitemapEntry[][]): string {
  if (parts.length === 1) return urlsetXml(parts[0]);
  const sitemaps = parts.map((part, index) => {
    const lastmod = part.map((entry) => entry.lastmod ?? '').reduce((latest, date) => (date > latest ? date : latest), '');
    return `<sitemap><loc>${escapeXml(absoluteUrl(sitemapPartPath(index + 1)))}</loc><lastmod>${lastmod}</lastmod></sitemap>`;
  });
  return `${XML_DECLARATION}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}

/** A Google News sitemap of one issue's articles. */
export function newsSitemapXml(issue: Issue | undefined): string {
  const articles = issue?.pages.flatMap((page) => page.articles) ?? [];
  const urls = articles.map(
    (article) =>
      `<url><loc>${escapeXml(absoluteUrl(articleHref(article.date, article.slug)))}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>${SITE_LANGUAGE.toLowerCase()}</news:language></news:publication>` +
      `<news:publication_date>${issueDateTime(article.date)}</news:publication_date>` +
      `<news:title>${escapeXml(article.title)}</news:title></news:news></url>`,
  );
  return (
    `${XML_DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ` +
    `xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`
  );
}
