import Link from 'next/link';
import type { Issue } from '@/lib/content/content-index';
import { pageLabel } from '@/lib/content/labels';
import type { Neighbours } from '@/lib/content/neighbours';
import { type LinkTarget, NEIGHBOUR_LABELS } from '@/lib/publishing/neighbour-links';
import { THUMBNAIL_WIDTH } from '@/lib/publishing/print-images';
import { issuePageHref, scanHref } from '@/lib/publishing/routes';

const linkClass = 'hover:text-masthead hover:underline';

/** 版面导航: every page of the issue, the current one marked; with `thumbnails`, each scan small. */
export function PagePicker({ issue, current, thumbnails = false }: { issue: Issue; current?: number; thumbnails?: boolean }) {
  return (
    <nav aria-label="版面导航" className="mt-4 print:hidden">
      <ul className="flex flex-wrap items-end gap-2 text-sm">
        {issue.pages.map(({ page, section, scan }) => (
          <li key={page}>
            <Link
              prefetch={false}
              href={issuePageHref(issue.date, page)}
              aria-current={page === current ? 'page' : undefined}
              className="inline-block rounded border border-rule-strong px-2 py-1 hover:border-masthead hover:text-masthead aria-[current=page]:border-masthead aria-[current=page]:font-bold aria-[current=page]:text-masthead-dark"
            >
              {thumbnails && scan && (
                // Decorative: the link says which page it is.
                <img
                  src={scanHref(issue.date, page, scan, THUMBNAIL_WIDTH)}
                  width={THUMBNAIL_WIDTH}
                  height={Math.round((THUMBNAIL_WIDTH * scan.height) / scan.width)}
                  alt=""
                  loading="lazy"
                  className="mb-1 block h-auto w-[60px]"
                />
              )}
              {`${pageLabel(page)} ${section}`}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A pair of links to the previous and next of something, with 没有了 at the ends. */
export function NeighbourLinks({ kind, links }: { kind: keyof typeof NEIGHBOUR_LABELS; links: Neighbours<LinkTarget> }) {
  const labels = NEIGHBOUR_LABELS[kind];
  return (
    <nav aria-label={labels.group} className="mt-6 flex flex-col gap-2 border-t border-rule-strong pt-4 sm:flex-row sm:gap-6 print:hidden">
      {(['previous', 'next'] as const).map((side) => {
        const target = links[side];
        return (
          <p key={side} className="min-w-0 flex-1">
            <span className="text-ink-muted">{labels[side]}：</span>
            {target ? (
              <Link prefetch={false} href={target.href} rel={side === 'previous' ? 'prev' : 'next'} className={linkClass}>
                {target.text}
              </Link>
            ) : (
              <span className="text-ink-muted">没有了</span>
            )}
          </p>
        );
      })}
    </nav>
  );
}
