import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/content-index';
import { formatIssueDate } from '@/lib/content/issue-date';
import { pageLabel } from '@/lib/content/labels';
import { articleHref } from '@/lib/publishing/routes';

/** Articles as the contents list them: kicker, title link, subtitle, byline; optionally where they ran. */
export function ArticleList({
  articles,
  heading: Heading = 'h3',
  showSource = false,
}: {
  articles: readonly ArticleSummary[];
  /** The titles' heading level: h3 under a page's h2 in the contents, h2 where the list follows the h1. */
  heading?: 'h2' | 'h3';
  showSource?: boolean;
}) {
  return (
    <ul className="mt-3 space-y-4">
      {articles.map((article) => (
        <li key={`${article.date}/${article.slug}`}>
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
        </li>
      ))}
    </ul>
  );
}
