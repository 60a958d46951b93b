/**
 * Issue dates are calendar dates in Beijing time, kept as `YYYY-MM-DD` strings.
 * All arithmetic goes through UTC so the server's time zone can never shift a day or weekday.
 */
export type IssueDate = string;

const ISSUE_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function dateParts(date: IssueDate): [number, number, number] | undefined {
  const match = ISSUE_DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const isRealDay =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  return isRealDay ? [year, month, day] : undefined;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2024-02-30` is false). */
export function isIssueDate(value: string): value is IssueDate {
  return dateParts(value) !== undefined;
}

function partsOf(date: IssueDate): [number, number, number] {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`not an issue date: ${date}`);
  return parts;
}

export function issueYear(date: IssueDate): number {
  return partsOf(date)[0];
}

/** `2024年12月09日`, as the e-paper prints it. */
export function formatIssueDate(date: IssueDate): string {
  const [year, month, day] = partsOf(date);
  return `${year}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日`;
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayIndex(date: IssueDate): number {
  const [year, month, day] = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** `星期一` */
export function issueWeekday(date: IssueDate): string {
  return WEEKDAYS[weekdayIndex(date)];
}

/** Midnight of the issue day in Beijing time, ISO 8601: `2024-12-09T00:00:00+08:00`. */
export function issueDateTime(date: IssueDate): string {
  partsOf(date);
  return `${date}T00:00:00+08:00`;
}

/** `YYYY-MM` of an issue date. */
export function issueMonth(date: IssueDate): string {
  return date.slice(0, 7);
}

/**
 * The weeks of a month for a calendar, Sunday first: each week seven days of the month (`YYYY-MM-DD`)
 * or `undefined` for the days before the 1st and after the last.
 */
export function monthWeeks(month: string): (IssueDate | undefined)[][] {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const cells: (IssueDate | undefined)[] = Array.from({ length: weekdayIndex(`${month}-01`) }, () => undefined);
  for (let day = 1; day <= days; day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Beijing (UTC+8, no daylight saving time) at the instant `now`. */
export function beijingToday(now: Date = new Date()): IssueDate {
  return new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
