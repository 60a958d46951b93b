import type { IssueDate } from './issue-date';

export const HOME_HREF = '/';
export const ARCHIVE_HREF = '/issues';

export function issueHref(date: IssueDate): string {
  return `/issues/${date}`;
}

export function articleHref(date: IssueDate, slug: string): string {
  return `/issues/${date}/${slug}`;
}
