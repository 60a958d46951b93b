import Link from 'next/link';
import type { Issue } from '@/lib/content/content-index';
import { fileSizeLabel, issueDateLabel, issueNumberLabel, pageLabel } from '@/lib/content/labels';
import { issuePageHref, sectionHref } from '@/lib/publishing/routes';
import { SITE_NAME } from '@/lib/site';
import { ArticleList } from './article-list';
import { issueNeighbours } from '@/lib/content/neighbours';
import { issueLinks } from '@/lib/publishing/neighbour-links';
import { NeighbourLinks, PagePicker } from './issue-navigation';
import { IssueCover } from './issue-cover';
import { ScheduledNotice } from './scheduled-notice';
import { SaveIssueOffline } from './save-issue-offline';
import { issueOfflinePaths } from '@/lib/publishing/offline';
import type { IssuePdf } from '@/lib/publishing/issue-pdf';
import { formatIssueDate } from '@/lib/content/issue-date';
import { buttonClass } from './button-styles';

/** An issue's table of contents (目录): its pages in order, each with its articles; 全本PDF where there are page files. */
export function IssueContents({ issue, eyebrow, pdf }: { issue: Issue; eyebrow?: string; pdf?: IssuePdf }) {
  return (
    <div className="mx-auto max-w-3xl">
      <header className="border-b border-rule-strong pb-4">
        <ScheduledNotice issue={issue} />
        <div className="flex items-start justify-between gap-4">
          <div>
            {eyebrow && <p className="text-sm font-bold text-masthead-dark">{eyebrow}</p>}
            <h1 className="mt-1 font-serif text-2xl font-bold sm:text-3xl">
              {SITE_NAME} <time dateTime={issue.date} className="inline-block">{issueDateLabel(issue.date)}</time>
            </h1>
            <p className="mt-2 text-ink-muted">
              {issue.number !== undefined && <>{issueNumberLabel(issue.date, issue.number)} · </>}
              目录 · 共{issue.pages.length}个版面、{issue.articleCount}篇文章
            </p>
          </div>
          <IssueCover issue={issue} size="medium" />
        </div>
        <SaveIssueOffline paths={issueOfflinePaths(issue)} />
        {pdf && (
          <p className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 print:hidden">
            <a href={pdf.href} download={`${SITE_NAME}${formatIssueDate(issue.date)}.pdf`} className={buttonClass}>
              下载全本PDF
            </a>
            <span className="text-sm text-ink-muted">
              共{pdf.pages}页 · {fileSizeLabel(pdf.bytes)}
            </span>
          </p>
        )}
        <PagePicker issue={issue} thumbnails />
      </header>
      {issue.pages.map(({ page, section, articles }) => (
        <section key={page} aria-labelledby={`page-${page}`} className="border-b border-rule py-5">
          <h2 id={`page-${page}`} className="font-bold text-masthead-dark">
            <Link prefetch={false} href={issuePageHref(issue.date, page)} className="hover:underline">
              {pageLabel(page)}
            </Link>
            ：
            <Link prefetch={false} href={sectionHref(section)} className="hover:underline">
              {section}
            </Link>
          </h2>
          <ArticleList articles={articles} thumbnails />
        </section>
      ))}
      <NeighbourLinks kind="issue" links={issueLinks(issueNeighbours(issue.date))} />
    </div>
  );
}
