import type { Metadata } from 'next';
import Link from 'next/link';
import { IssueCover } from '@/app/_components/issue-cover';
import { routeMetadata } from '@/app/_lib/route-metadata';
import { listIssues } from '@/lib/content/content-index';
import { formatIssueDate, issueMonth, issueYear } from '@/lib/content/issue-date';
import { groupBy } from '@/lib/group-by';
import { ARCHIVE_HREF, issueHref } from '@/lib/publishing/routes';
import { DateJump } from './_components/date-jump';
import { MonthCalendar } from './_components/month-calendar';

export const metadata: Metadata = routeMetadata({
  title: '往期回顾',
  description: '《民生周刊》全部期次，按年、月排列在日历上。',
  pathname: ARCHIVE_HREF,
});

export default function ArchivePage() {
  const issues = listIssues();
  const dates = issues.map((issue) => issue.date);
  const issueDates = new Set(dates);
  const years = groupBy(dates, issueYear);
  const withCovers = issues.filter((issue) => issue.coverImage !== undefined);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">往期回顾</h1>
      {issues.length === 0 ? <p className="mt-4 text-ink-muted">还没有发布任何一期。</p> : <DateJump dates={dates} />}
      {withCovers.length > 0 && (
        <section aria-labelledby="covers" className="mt-6">
          <h2 id="covers" className="border-b border-rule-strong pb-1 text-lg font-bold text-masthead-dark">
            封面
          </h2>
          <ul className="mt-3 flex flex-wrap gap-4">
            {withCovers.map((issue) => (
              <li key={issue.date}>
                <Link prefetch={false} href={issueHref(issue.date)} className="block text-sm hover:text-masthead">
                  <IssueCover issue={issue} size="small" lazy />
                  <span className="mt-1 block">{formatIssueDate(issue.date)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {[...years].map(([year, yearDates]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-6">
          <h2 id={`year-${year}`} className="border-b border-rule-strong pb-1 text-lg font-bold text-masthead-dark">
            {year}年 <span className="text-sm font-normal text-ink-muted">{yearDates.length}期</span>
          </h2>
          <div className="mt-3 grid gap-6 sm:grid-cols-2">
            {[...groupBy(yearDates, issueMonth).keys()].map((month) => (
              <MonthCalendar key={month} month={month} issueDates={issueDates} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
