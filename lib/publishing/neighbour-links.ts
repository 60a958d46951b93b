import type { Neighbours } from '../content/neighbours';
import { issueDateLabel, pageLabel } from '../content/labels';
import type { ArticleSummary, Issue, IssuePage } from '../content/model';
import { articleHref, issueHref, issuePageHref, sectionHref } from './routes';

/** Where a neighbour link leads, and what it says. */
export type LinkTarget = { href: string; text: string };

/** The kinds of neighbours and how the site names them. */
export const NEIGHBOUR_LABELS = {
  article: { previous: '上一篇', next: '下一篇', group: '上一篇和下一篇' },
  page: { previous: '上一版', next: '下一版', group: '上一版和下一版' },
  issue: { previous: '上一期', next: '下一期', group: '上一期和下一期' },
  part: { previous: '上一页', next: '下一页', group: '栏目分页' },
} as const;

function links<T>({ previous, next }: Neighbours<T>, target: (item: T) => LinkTarget): Neighbours<LinkTarget> {
  return { previous: previous === undefined ? undefined : target(previous), next: next === undefined ? undefined : target(next) };
}

export const articleLinks = (neighbours: Neighbours<ArticleSummary>) =>
  links(neighbours, (article) => ({ href: articleHref(article.date, article.slug), text: article.title }));

export const pageLinks = (date: string, neighbours: Neighbours<IssuePage>) =>
  links(neighbours, (page) => ({ href: issuePageHref(date, page.page), text: `${pageLabel(page.page)}：${page.section}` }));

export const issueLinks = (neighbours: Neighbours<Issue>) =>
  links(neighbours, (issue) => ({ href: issueHref(issue.date), text: issueDateLabel(issue.date) }));

export const partLinks = (section: string, neighbours: Neighbours<number>) =>
  links(neighbours, (part) => ({ href: sectionHref(section, part), text: `第${part}页` }));
