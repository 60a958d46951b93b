import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleList } from '@/app/_components/article-list';
import { NeighbourLinks, PagePicker } from '@/app/_components/issue-navigation';
import { ScheduledNotice } from '@/app/_components/scheduled-notice';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { staticParams } from '@/app/_lib/static-params';
import { getIssue, listIssuePageParams } from '@/lib/content/content-index';
import { pageNeighbours } from '@/lib/content/neighbours';
import { pageLinks } from '@/lib/publishing/neighbour-links';
import { PageScan } from './_components/page-scan';
import { issueDateLabel, pageLabel, twoDigitPage } from '@/lib/content/labels';
import { issueHref, issuePageHref, sectionHref } from '@/lib/publishing/routes';
import { SITE_NAME } from '@/lib/site';

export const dynamicParams = false;

type Params = Promise<{ date: string; page: string }>;

/** One 版 of an issue, with the pages before and after it. */
const loadPage = cache((date: string, param: string) => {
  const issue = getIssue(date) ?? notFound();
  const page = issue.pages.find((candidate) => twoDigitPage(candidate.page) === param) ?? notFound();
  return { issue, page, links: pageLinks(issue.date, pageNeighbours(issue, page.page)) };
});

export function generateStaticParams() {
  return staticParams(listIssuePageParams, (date) => ({ date, page: '00' }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { date, page: param } = await params;
  const { issue, page } = loadPage(date, param);
  return routeMetadata({
    title: `${pageLabel(page.page)}：${page.section} ${issueDateLabel(issue.date)}`,
    description: `《${SITE_NAME}》${issueDateLabel(issue.date)}${pageLabel(page.page)}（${page.section}）：${page.articles.map((article) => article.title).join('；')}`,
    pathname: issuePageHref(issue.date, page.page),
  });
}

export default async function IssuePageView({ params }: { params: Params }) {
  const { date, page: param } = await params;
  const { issue, page, links } = loadPage(date, param);
  return (
    <div className={page.scan ? 'mx-auto max-w-4xl' : 'mx-auto max-w-3xl'}>
      <header className="border-b border-rule-strong pb-4">
        <ScheduledNotice issue={issue} />
        <p className="text-sm text-ink-muted">
          <Link prefetch={false} href={issueHref(issue.date)} className="hover:text-masthead hover:underline">
            {SITE_NAME} <time dateTime={issue.date}>{issueDateLabel(issue.date)}</time> 目录
          </Link>
        </p>
        <h1 className="mt-1 font-serif text-2xl font-bold sm:text-3xl">
          {pageLabel(page.page)}：
          <Link prefetch={false} href={sectionHref(page.section)} className="hover:text-masthead hover:underline">
            {page.section}
          </Link>
        </h1>
        <PagePicker issue={issue} current={page.page} />
      </header>
      {/* The list comes first, for the keyboard and on phones; the scan stands beside it on wider screens. */}
      <div className={page.scan ? 'md:grid md:grid-cols-[1fr_380px] md:items-start md:gap-6' : undefined}>
        <ArticleList articles={page.articles} heading="h2" />
        <PageScan issue={issue} page={page} />
      </div>
      <NeighbourLinks kind="page" links={links} />
    </div>
  );
}
