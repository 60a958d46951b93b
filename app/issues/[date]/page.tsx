import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { staticParams } from '@/app/_lib/static-params';
import { IssueContents } from '@/app/_components/issue-contents';
import { JsonLd } from '@/app/_components/json-ld';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { getIssue, listIssues } from '@/lib/content/content-index';
import { issueDateLabel } from '@/lib/content/labels';
import { issueCoverPath } from '@/lib/publishing/print-images';
import { issuePdf } from '@/lib/publishing/issue-pdf';
import { issueHref } from '@/lib/publishing/routes';
import { issueJsonLd } from '@/lib/publishing/structured-data';

export const dynamicParams = false;

type Params = Promise<{ date: string }>;

const loadIssue = cache((date: string) => {
  const issue = getIssue(date) ?? notFound();
  return { issue, pdf: issuePdf(issue) };
});

export function generateStaticParams() {
  return staticParams(() => listIssues().map(({ date }) => ({ date })), (date) => ({ date }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { issue } = loadIssue((await params).date);
  return routeMetadata({
    title: `${issueDateLabel(issue.date)} 目录`,
    description: `《民生周刊》${issueDateLabel(issue.date)}目录：${issue.pages.map((page) => page.section).join('、')}。`,
    pathname: issueHref(issue.date),
    image: issueCoverPath(issue),
  });
}

export default async function IssuePage({ params }: { params: Params }) {
  const { issue, pdf } = loadIssue((await params).date);
  return (
    <>
      <JsonLd data={issueJsonLd(issue)} />
      <IssueContents issue={issue} pdf={await pdf} />
    </>
  );
}
