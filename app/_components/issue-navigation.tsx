import Link from 'next/link';
import type { Issue } from '@/lib/content/content-index';
import { issueDateLabel, pageLabel } from '@/lib/content/labels';
import { issueHref, issuePageHref } from '@/lib/publishing/routes';

const linkClass = 'hover:text-masthead hover:underline';

/** 版面导航: every page of the issue, the current one marked. */
export function PagePicker({ issue, current }: { issue: Issue; current?: number }) {
  return (
    <nav aria-label="版面导航" className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-2 text-sm">
        {issue.pages.map(({ page, section }) => (
          <li key={page}>
            <Link
              prefetch={false}
              href={issuePageHref(issue.date, page)}
              aria-current={page === current ? 'page' : undefined}
              className="inline-block rounded border border-rule-strong px-2 py-1 hover:border-masthead hover:text-masthead aria-[current=page]:border-masthead aria-[current=page]:font-bold aria-[current=page]:text-masthead-dark"
            >
              {`${pageLabel(page)} ${section}`}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type Neighbour = { label: string; href: string; text: string } | { label: string; href?: undefined; text?: undefined };

/** A pair of links to the previous and next of something, with 没有了 at the ends. */
export function NeighbourLinks({ label, previous, next }: { label: string; previous: Neighbour; next: Neighbour }) {
  return (
    <nav aria-label={label} className="mt-6 flex flex-col gap-2 border-t border-rule-strong pt-4 sm:flex-row sm:gap-6 print:hidden">
      {[previous, next].map((neighbour, index) => (
        <p key={neighbour.label} className="min-w-0 flex-1">
          <span className="text-ink-muted">{neighbour.label}：</span>
          {neighbour.href ? (
            <Link prefetch={false} href={neighbour.href} rel={index === 0 ? 'prev' : 'next'} className={linkClass}>
              {neighbour.text}
            </Link>
          ) : (
            <span className="text-ink-muted">没有了</span>
          )}
        </p>
      ))}
    </nav>
  );
}

/** 上一期 / 下一期 */
export function IssueNeighbours({ older, newer }: { older?: Issue; newer?: Issue }) {
  const link = (label: string, issue?: Issue): Neighbour =>
    issue ? { label, href: issueHref(issue.date), text: issueDateLabel(issue.date) } : { label };
  return <NeighbourLinks label="上一期和下一期" previous={link('上一期', older)} next={link('下一期', newer)} />;
}
