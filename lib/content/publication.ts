import { type IssueDate, beijingToday, isIssueDate } from './issue-date';

/**
 * Issues are prepared ahead of their date and published on it: a build publishes the issues dated
 * up to its cut-off, today in Beijing unless `PUBLISH_UNTIL=YYYY-MM-DD` says otherwise.
 */
export const PUBLISH_UNTIL_VARIABLE = 'PUBLISH_UNTIL';

export function publicationCutOff(env: Record<string, string | undefined> = process.env, now: Date = new Date()): IssueDate {
  const given = env[PUBLISH_UNTIL_VARIABLE]?.trim();
  if (given === undefined || given === '') return beijingToday(now);
  if (!isIssueDate(given)) throw new Error(`${PUBLISH_UNTIL_VARIABLE}=${given}: must be a real date written YYYY-MM-DD`);
  return given;
}

/** An issue dated after the cut-off is scheduled: shown only in the editors' preview. */
export function isScheduled(date: IssueDate, cutOff: IssueDate): boolean {
  return date > cutOff;
}
