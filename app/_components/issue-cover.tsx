import type { Issue } from '@/lib/content/model';
import { COVER_WIDTHS, widthsFor } from '@/lib/publishing/print-images';
import { coverHref } from '@/lib/publishing/routes';

/**
 * An issue's cover, small (lists) or medium (the contents), from the sizes made at build time; its width and height
 * are the image's, so the page keeps its place while it loads. Below the fold it loads lazily.
 */
const SIZES = { small: { className: 'w-[100px]', width: 100 }, medium: { className: 'w-[120px]', width: 120 } } as const;

export function IssueCover({ issue, size, lazy = false }: { issue: Pick<Issue, 'date' | 'coverImage' | 'coverAlt'>; size: keyof typeof SIZES; lazy?: boolean }) {
  const cover = issue.coverImage;
  if (!cover) return null;
  const widths = widthsFor(cover, COVER_WIDTHS);
  return (
    <img
      src={coverHref(issue.date, cover, widths[0])}
      srcSet={widths.map((candidate) => `${coverHref(issue.date, cover, candidate)} ${candidate}w`).join(', ')}
      sizes={`${SIZES[size].width}px`}
      width={cover.width}
      height={cover.height}
      alt={issue.coverAlt ?? ''}
      loading={lazy ? 'lazy' : undefined}
      className={`h-auto border border-rule-strong ${SIZES[size].className}`}
    />
  );
}
