import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/app/_lib/page-metadata';
import { type Issue, listIssues } from '@/lib/content';
import { issueYear } from '@/lib/issue-date';
import { issueDateLabel, issueNumberLabel } from '@/lib/labels';
import { ARCHIVE_HREF, issueHref } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: '往期回顾',
  description: '《民生周刊》全部期次，按年份排列。',
  pathname: ARCHIVE_HREF,
});

function groupByYear(issues: Issue[]): Map<number, Issue[]> {
  const years = new Map<number, Issue[]>();
  for (const issue of issues) years.set(issueYear(issue.date), [...(years.get(issueYear(issue.date)) ?? []), issue]);
  return years;
}

export default function ArchivePage() {
  const years = groupByYear(listIssues());
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">往期回顾</h1>
      {years.size === 0 && <p className="mt-4 text-ink-muted">还没有发布任何一期。</p>}
      {[...years].map(([year, issues]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-6">
          <h2 id={`year-${year}`} className="border-b border-neutral-300 pb-1 text-lg font-bold text-masthead-dark">
            {year}年
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {issues.map((issue) => (
              <li key={issue.date}>
                <Link prefetch={false} href={issueHref(issue.date)} className="hover:text-masthead hover:underline">
                  <time dateTime={issue.date}>{issueDateLabel(issue.date)}</time>
                </Link>
                <span className="text-sm text-ink-muted">
                  {issue.number !== undefined && <> · {issueNumberLabel(issue.date, issue.number)}</>} · {issue.articleCount}篇
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
