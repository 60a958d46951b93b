import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { JsonLd } from '@/app/_components/json-ld';
import { pageMetadata } from '@/app/_lib/page-metadata';
import { articleAuthors } from '@/lib/byline';
import { type ArticleSummary, getAdjacentArticles, getArticle, getIssue, listArticleParams } from '@/lib/content';
import { issueDateTime } from '@/lib/issue-date';
import { issueDateLabel } from '@/lib/labels';
import { articleHref, issueHref } from '@/lib/routes';
import { SITE_NAME } from '@/lib/site';
import { articleJsonLd } from '@/lib/structured-data';
import { ArticleControls } from './_components/article-controls';

export const dynamicParams = false;

type Params = Promise<{ date: string; slug: string }>;

const loadArticle = cache((date: string, slug: string) => {
  const article = getArticle(date, slug) ?? notFound();
  const issue = getIssue(date) ?? notFound();
  return { article, issue, ...getAdjacentArticles(date, slug) };
});

export function generateStaticParams() {
  return staticParams(listArticleParams);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { date, slug } = await params;
  const { article, issue } = loadArticle(date, slug);
  const authors = articleAuthors(article);
  return {
    ...pageMetadata({
      title: article.title,
      description: article.summary,
      pathname: articleHref(article.date, article.slug),
      image: issue.cover,
      openGraph: { type: 'article', publishedTime: issueDateTime(article.date), section: article.section, authors },
    }),
    authors: authors.map((name) => ({ name })),
  };
}

function NeighbourLink({ label, article }: { label: string; article?: ArticleSummary }) {
  return (
    <p className="min-w-0 flex-1">
      <span className="text-ink-muted">{label}：</span>
      {article ? (
        <Link prefetch={false} href={articleHref(article.date, article.slug)} rel={label === '上一篇' ? 'prev' : 'next'} className="hover:text-masthead hover:underline">
          {article.title}
        </Link>
      ) : (
        <span className="text-ink-muted">没有了</span>
      )}
    </p>
  );
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { date, slug } = await params;
  const { article, issue, previous, next } = loadArticle(date, slug);
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={articleJsonLd(article, issue)} />
      <header>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2 border-b border-neutral-300 pb-2">
          <p className="text-lg font-bold text-masthead-dark">{article.section}</p>
          <p className="text-sm text-ink-muted">
            {SITE_NAME} <time dateTime={article.date}>{issueDateLabel(article.date)}</time>
          </p>
        </div>
        <div className="mt-3">
          <ArticleControls contentsHref={issueHref(article.date)} copyText={article.copyText} />
        </div>
        <div className="mt-6 text-center">
          {article.kicker && <p className="text-base text-ink-muted sm:text-lg">{article.kicker}</p>}
          <h1 className="mt-2 font-serif text-2xl leading-snug font-bold sm:text-3xl">{article.title}</h1>
          {article.subtitle && <p className="mt-2 text-base text-ink-muted sm:text-lg">——{article.subtitle}</p>}
          {article.byline && <p className="mt-4 text-sm">{article.byline}</p>}
          <p className="mt-1 text-sm text-ink-muted">{article.sourceLine}</p>
          <p className="mt-1 text-xs text-ink-muted">阅读约{article.readingMinutes}分钟</p>
        </div>
      </header>
      {/* Only sanitized HTML reaches this: lib renders bodies with remark-html's default sanitizing. */}
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.html }} />
      <nav aria-label="上一篇和下一篇" className="mt-8 flex flex-col gap-2 border-t border-neutral-300 pt-4 sm:flex-row sm:gap-6 print:hidden">
        <NeighbourLink label="上一篇" article={previous} />
        <NeighbourLink label="下一篇" article={next} />
      </nav>
    </article>
  );
}
