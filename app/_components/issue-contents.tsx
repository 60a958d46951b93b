import Link from 'next/link';
import type { Issue } from '@/lib/content';
import { issueDateLabel, issueNumberLabel, pageLabel } from '@/lib/labels';
import { articleHref } from '@/lib/routes';
import { SITE_NAME } from '@/lib/site';

/** An issue's table of contents (目录): its pages in order, each with its articles. */
export function IssueContents({ issue, eyebrow }: { issue: Issue; eyebrow?: string }) {
  return (
    <div className="mx-auto max-w-3xl">
      <header className="border-b border-neutral-300 pb-4">
        {eyebrow && <p className="text-sm font-bold text-masthead-dark">{eyebrow}</p>}
        <h1 className="mt-1 font-serif text-2xl font-bold sm:text-3xl">
          {SITE_NAME} <time dateTime={issue.date} className="inline-block">{issueDateLabel(issue.date)}</time>
        </h1>
        <p className="mt-2 text-ink-muted">
          {issue.number !== undefined && <>{issueNumberLabel(issue.date, issue.number)} · </>}
          目录 · 共{issue.pages.length}个版面、{issue.articleCount}篇文章
        </p>
      </header>
      {issue.pages.map(({ page, section, articles }) => (
        <section key={page} aria-labelledby={`page-${page}`} className="border-b border-neutral-200 py-5">
          <h2 id={`page-${page}`} className="font-bold text-masthead-dark">
            {`${pageLabel(page)}：${section}`}
          </h2>
          <ul className="mt-3 space-y-4">
            {articles.map((article) => (
              <li key={article.slug}>
                {article.kicker && <p className="text-sm text-ink-muted">{article.kicker}</p>}
                <h3 className="font-serif text-lg font-bold leading-snug">
                  <Link prefetch={false} href={articleHref(article.date, article.slug)} className="hover:text-masthead hover:underline">
                    {article.title}
                  </Link>
                </h3>
                {article.subtitle && <p className="text-ink-muted">——{article.subtitle}</p>}
                {article.byline && <p className="mt-1 text-sm text-ink-muted">{article.byline}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
