import { articleAuthors } from '../content/byline';
import type { Article, Issue } from '../content/content-index';
import { issueDateTime } from '../content/issue-date';
import { HEADLINE_MAX_CHARACTERS, clipText, issueDateLabel } from '../content/labels';
import { articleImagePath, issueCoverPath } from './print-images';
import { ARCHIVE_HREF, HOME_HREF, articleHref, issueHref } from './routes';
import { LOGO_PATH, LOGO_SIZE, PUBLISHER_NAME, SITE_LANGUAGE, SITE_NAME, absoluteUrl } from '../site';

/** schema.org data for the page's JSON-LD. */
export type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] | undefined };

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped, so no text
 * from content (a `</script>` in a title) can end the script element.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function publisher(): JsonLd {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl(HOME_HREF),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: LOGO_SIZE, height: LOGO_SIZE },
    parentOrganization: { '@type': 'Organization', name: PUBLISHER_NAME },
  };
}

function periodical(): JsonLd {
  return { '@type': 'Periodical', name: SITE_NAME, url: absoluteUrl(HOME_HREF), inLanguage: SITE_LANGUAGE, publisher: publisher() };
}

function publicationIssue(issue: Issue): JsonLd {
  return {
    '@type': 'PublicationIssue',
    '@id': `${absoluteUrl(issueHref(issue.date))}#issue`,
    url: absoluteUrl(issueHref(issue.date)),
    name: `${SITE_NAME} ${issueDateLabel(issue.date)}`,
    datePublished: issue.date,
    issueNumber: issue.number === undefined ? undefined : String(issue.number),
    image: absoluteUrlOf(issueCoverPath(issue)),
    isPartOf: periodical(),
  };
}

const absoluteUrlOf = (path: string | undefined) => (path === undefined ? undefined : absoluteUrl(path));

function breadcrumbs(trail: { name: string; href: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map(({ name, href }, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      item: absoluteUrl(href),
    })),
  };
}

const issueTrail = (issue: Issue) => [
  { name: SITE_NAME, href: HOME_HREF },
  { name: '往期回顾', href: ARCHIVE_HREF },
  { name: issueDateLabel(issue.date), href: issueHref(issue.date) },
];

export function issueJsonLd(issue: Issue): JsonLd {
  return { '@context': 'https://schema.org', '@graph': [publicationIssue(issue), breadcrumbs(issueTrail(issue))] };
}

export function articleJsonLd(article: Article, issue: Issue): JsonLd {
  const url = absoluteUrl(articleHref(article.date, article.slug));
  // An article without named authors is the magazine's own.
  const authors = articleAuthors(article);
  const newsArticle: JsonLd = {
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: clipText(article.title, HEADLINE_MAX_CHARACTERS),
    alternativeHeadline: article.kicker ?? article.subtitle,
    description: article.summary,
    datePublished: issueDateTime(article.date),
    author: authors.length > 0 ? authors.map((name) => ({ '@type': 'Person', name })) : publisher(),
    publisher: publisher(),
    image: absoluteUrl(articleImagePath(article, issue) ?? LOGO_PATH),
    articleSection: article.section,
    pageStart: article.page,
    inLanguage: SITE_LANGUAGE,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    isPartOf: publicationIssue(issue),
  };
  const trail = [...issueTrail(issue), { name: article.title, href: articleHref(article.date, article.slug) }];
  return { '@context': 'https://schema.org', '@graph': [newsArticle, breadcrumbs(trail)] };
}
