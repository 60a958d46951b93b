import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueContents } from '@/app/_components/issue-contents';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { getLatestIssue, listScheduledIssues } from '@/lib/content/content-index';
import { issueDateLabel } from '@/lib/content/labels';
import { issuePdf } from '@/lib/publishing/issue-pdf';
import { ARCHIVE_HREF, HOME_HREF, issueHref } from '@/lib/publishing/routes';
import { siteVerificationMeta } from '@/lib/publishing/search-engines';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';

export function generateMetadata(): Metadata {
  const issue = getLatestIssue();
  return {
    ...routeMetadata({
      title: `${SITE_NAME} 数字版`,
      absoluteTitle: true,
      description: issue ? `${SITE_DESCRIPTION}最新一期：${issueDateLabel(issue.date)}。` : SITE_DESCRIPTION,
      pathname: HOME_HREF,
    }),
    // The search engines' ownership checks read the home page (codes from the environment at build time).
    verification: { other: siteVerificationMeta() },
  };
}

/** In the editors' preview, the issues that will be published on their dates. */
function ScheduledIssues() {
  const scheduled = listScheduledIssues();
  if (scheduled.length === 0) return null;
  return (
    <p data-scheduled-notice className="mx-auto mb-4 max-w-3xl rounded border border-masthead bg-surface px-3 py-2 text-sm">
      <strong className="text-masthead-dark">预览（未出版）：</strong>
      {scheduled.map((issue, index) => (
        <span key={issue.date}>
          {index > 0 && '、'}
          <Link prefetch={false} href={issueHref(issue.date)} className="underline">
            {issueDateLabel(issue.date)}
          </Link>
        </span>
      ))}
      ，到出版日才会发布。
    </p>
  );
}

export default async function HomePage() {
  const issue = getLatestIssue();
  if (!issue) {
    return (
      <div className="py-12 text-center">
        <ScheduledIssues />
        <h1 className="font-serif text-2xl font-bold">暂无期刊</h1>
        <p className="mt-4 text-ink-muted">还没有发布任何一期。</p>
      </div>
    );
  }
  return (
    <>
      <ScheduledIssues />
      <IssueContents issue={issue} eyebrow="最新一期" pdf={await issuePdf(issue)} />
      <p className="mx-auto mt-6 max-w-3xl">
        <Link prefetch={false} href={ARCHIVE_HREF} className="text-masthead-dark underline">
          往期回顾：查看全部期次
        </Link>
      </p>
    </>
  );
}
