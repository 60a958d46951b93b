import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { NeighbourLinks } from '@/app/_components/issue-navigation';
import { JsonLd } from '@/app/_components/json-ld';
import { ScheduledNotice } from '@/app/_components/scheduled-notice';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { articleAuthors } from '@/lib/content/byline';
import { getArticle, getIssue, listArticleParams } from '@/lib/content/content-index';
import { articleNeighbours } from '@/lib/content/neighbours';
import { articleLinks } from '@/lib/publishing/neighbour-links';
import { articleImagePath } from '@/lib/publishing/print-images';
import { issueDateTime } from '@/lib/content/issue-date';
import { issueDateLabel } from '@/lib/content/labels';
import { articleAreaHref, articleHref, issueHref, issuePageHref, sectionHref } from '@/lib/publishing/routes';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { articleJsonLd } from '@/lib/publishing/structured-data';
import { articleCitations, citationMetaTags } from '@/lib/publishing/citation';
import { articleBodyHtml } from '@/lib/publishing/article-body-html';
import { ArticleControls } from './_components/article-controls';
import { KeyboardNavigation } from './_components/keyboard-navigation';
import { ReadingRecord } from './_components/reading-record';
import { PhotoViewer } from './_components/photo-viewer';

export const dynamicParams = false;

type Params = Promise<{ date: string; slug: string }>;

const loadArticle = cache((date: string, slug: string) => {
  const article = getArticle(date, slug) ?? notFound();
  const issue = getIssue(date) ?? notFound();
  return {
    article,
    issue,
    links: articleLinks(articleNeighbours(date, slug)),
    url: absoluteUrl(articleHref(article.date, article.slug)),
    citations: articleCitations(article, issue),
    bodyHtml: articleBodyHtml(article.date, article.body),
    entry: { href: articleHref(article.date, article.slug), title: article.title, date: article.date, section: article.section },
  };
});

export function generateStaticParams() {
  return staticParams(listArticleParams, (name) => ({ date: name, slug: name }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { date, slug } = await params;
  const { article, issue } = loadArticle(date, slug);
  const authors = articleAuthors(article);
  return {
    ...routeMetadata({
      title: article.title,
      description: article.summary,
      pathname: articleHref(article.date, article.slug),
      image: articleImagePath(article, issue),
      openGraph: { type: 'article', publishedTime: issueDateTime(article.date), section: article.section, authors },
    }),
    authors: authors.map((name) => ({ name })),
    other: citationMetaTags(article, issue),
  };
}

/** Articles with this many subheadings get an outline. */
const OUTLINE_MIN_SUBHEADINGS = 3;

export default async function ArticlePage({ params }: { params: Params }) {
  const { date, slug } = await params;
  const { article, issue, links, url, citations, bodyHtml, entry } = loadArticle(date, slug);
  const hasScan = issue.pages.some((page) => page.page === article.page && page.scan !== undefined);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={articleJsonLd(article, issue)} />
      <header>
        <ScheduledNotice issue={issue} />
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2 border-b border-rule-strong pb-2">
          <p className="text-lg font-bold text-masthead-dark">
            <Link prefetch={false} href={sectionHref(article.section)} className="hover:underline">
              {article.section}
            </Link>
          </p>
          <p className="text-sm text-ink-muted">
            {SITE_NAME} <time dateTime={article.date}>{issueDateLabel(article.date)}</time>
          </p>
        </div>
        <div className="mt-3">
          <ArticleControls
            contentsHref={issueHref(article.date)}
            citations={citations}
            url={url}
            title={article.title}
            entry={entry}
          />
        </div>
        <div className="mt-6 text-center">
          {article.kicker && (
            <p data-field="kicker" className="text-base text-ink-muted sm:text-lg">
              {article.kicker}
            </p>
          )}
          <h1 data-field="title" className="mt-2 font-serif text-2xl leading-snug font-bold sm:text-3xl">
            {article.title}
          </h1>
          {article.subtitle && (
            <p className="mt-2 text-base text-ink-muted sm:text-lg">
              ——<span data-field="subtitle">{article.subtitle}</span>
            </p>
          )}
          {article.byline && (
            <p data-field="byline" className="mt-4 text-sm">
              {article.byline}
            </p>
          )}
          <p className="mt-1 text-sm text-ink-muted">
            <span data-field="source-line">{article.sourceLine}</span>
            {hasScan && (
              <span className="print:hidden">
                {' '}
                {/* A full load, so that :target outlines the article's area (a client-side push would not set it). */}
                <a href={article.area ? articleAreaHref(article.date, article.page, article.slug) : issuePageHref(article.date, article.page)} className="text-masthead-dark underline">
                  查看版面
                </a>
              </span>
            )}
          </p>
          <p className="mt-1 text-sm text-ink-muted print:hidden">阅读约{article.readingMinutes}分钟</p>
        </div>
      </header>
      {article.subheadings.length >= OUTLINE_MIN_SUBHEADINGS && (
        <nav aria-label="本文目录" className="article-outline mx-auto mt-6 max-w-[38em] border-l-2 border-masthead pl-4 print:hidden">
          <p className="text-sm text-ink-muted">本文目录</p>
          <ol className="mt-1 space-y-1 text-sm">
            {article.subheadings.map(({ id, text }) => (
              <li key={id}>
                <a href={`#${id}`} className="hover:text-masthead hover:underline">
                  {text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {/* Only sanitized HTML reaches this: remark-html's default sanitizing, and photos' figures serialized by hast-util-to-html. */}
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      <p className="article-print-url hidden print:block">本文链接：{url}</p>
      <NeighbourLinks kind="article" links={links} />
      <KeyboardNavigation previousHref={links.previous?.href} nextHref={links.next?.href} />
      <ReadingRecord {...entry} />
      {article.leadPhoto && <PhotoViewer />}
    </article>
  );
}
