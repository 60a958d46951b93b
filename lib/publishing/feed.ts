import { articleAuthors } from '../content/byline';
import type { ArticleSummary, ContentIndex } from '../content/content-index';
import { weekdayIndex } from '../content/issue-date';
import { HOME_HREF, articleHref } from './routes';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '../site';
import { XML_DECLARATION, escapeXml } from './xml';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${SITE_NAME} 最新文章`;
export const FEED_ARTICLE_LIMIT = 50;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date of an issue day, midnight Beijing time: `Mon, 09 Dec 2024 00:00:00 +0800`. */
export function rfc822Date(date: string): string {
  const [year, month, day] = date.split('-');
  return `${DAYS[weekdayIndex(date)]}, ${day} ${MONTHS[Number(month) - 1]} ${year} 00:00:00 +0800`;
}

/** The newest articles: the latest issues first, each in reading order. */
export function latestArticles({ issues }: ContentIndex, limit = FEED_ARTICLE_LIMIT): ArticleSummary[] {
  return issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles)).slice(0, limit);
}

/** RSS 2.0 of the newest articles. */
export function rssXml(index: ContentIndex): string {
  const articles = latestArticles(index);
  const items = articles.map((article) => {
    const link = escapeXml(absoluteUrl(articleHref(article.date, article.slug)));
    const authors = articleAuthors(article).join('、');
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${link}</link>`,
      `<guid isPermaLink="true">${link}</guid>`,
      `<pubDate>${rfc822Date(article.date)}</pubDate>`,
      authors ? `<dc:creator>${escapeXml(authors)}</dc:creator>` : '',
      `<category>${escapeXml(article.section)}</category>`,
      `<description>${escapeXml(article.summary)}</description>`,
      '</item>',
    ].join('');
  });
  const latest = articles[0]?.date;
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(FEED_TITLE)}</title>`,
    `<link>${escapeXml(absoluteUrl(HOME_HREF))}</link>`,
    `<atom:link href="${escapeXml(absoluteUrl(FEED_PATH))}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(SITE_DESCRIPTION)}</description>`,
    `<language>${SITE_LANGUAGE.toLowerCase()}</language>`,
    latest ? `<lastBuildDate>${rfc822Date(latest)}</lastBuildDate>` : '',
    ...items,
    '</channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
