import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/content-index';
import { formatIssueDate } from '@/lib/content/issue-date';
import { pageLabel } from '@/lib/content/labels';
import { articleHref, photoHref } from '@/lib/publishing/routes';
import { THUMBNAIL_DISPLAY_SIZE } from '@/lib/publishing/photo-images';

/**
 * Articles as the contents list them: kicker, title link, subtitle, byline; optionally where they
 * ran, and a small crop of the first photo beside an article that has one.
 */
export function ArticleList({
  articles,
  heading: Heading = 'h3',
  showSource = false,
  thumbnails = false,
}: {
  articles: readonly ArticleSummary[];
  /** The titles' heading level: h3 under a page's h2 in the contents, h2 where the list follows the h1. */
  heading?: 'h2' | 'h3';
  showSource?: boolean;
  thumbnails?: boolean;
}) {
  return (
    <ul className="mt-3 space-y-4">
      {articles.map((article) => (
        <li key={`${article.date}/${article.slug}`} className="flex items-start justify-between gap-3">
          <div className="min-w-0">
          {article.kicker && <p className="text-sm text-ink-muted">{article.kicker}</p>}
          <Heading className="font-serif text-lg leading-snug font-bold">
            <Link prefetch={false} href={articleHref(article.date, article.slug)} className="hover:text-masthead hover:underline">
              {article.title}
            </Link>
          </Heading>
          {article.subtitle && <p className="text-ink-muted">——{article.subtitle}</p>}
          {article.byline && <p className="mt-1 text-sm text-ink-muted">{article.byline}</p>}
          {showSource && (
            <p className="mt-1 text-sm text-ink-muted">
              <time dateTime={article.date}>{formatIssueDate(article.date)}</time> {pageLabel(article.page)}
            </p>
          )}
          </div>
          {thumbnails && article.leadPhoto && (
            // The title beside it is the link readers and screen readers use; the picture is a larger target for a thumb.
            <Link prefetch={false} href={articleHref(article.date, article.slug)} tabIndex={-1} aria-hidden="true" className="shrink-0">
              <img
                src={photoHref(article.date, article.leadPhoto, 'thumbnail')}
                alt=""
                {...THUMBNAIL_DISPLAY_SIZE}
                loading="lazy"
                decoding="async"
                className="rounded-sm bg-rule object-cover"
              />
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
