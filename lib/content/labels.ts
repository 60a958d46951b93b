import { type IssueDate, formatIssueDate, issueWeekday, issueYear } from './issue-date';
import { SITE_NAME } from '../site';

/** A page number as printed and in URLs: `05`. */
export function twoDigitPage(page: number): string {
  return String(page).padStart(2, '0');
}

/** `第05版` */
export function pageLabel(page: number): string {
  return `第${twoDigitPage(page)}版`;
}

/** `《民生周刊》（2024年12月09日 第05版）`, the source line under an article's byline. */
export function formatSourceLine(date: IssueDate, page: number): string {
  return `《${SITE_NAME}》（${formatIssueDate(date)} ${pageLabel(page)}）`;
}

/** `2024年12月09日 星期一` */
export function issueDateLabel(date: IssueDate): string {
  return `${formatIssueDate(date)} ${issueWeekday(date)}`;
}

/** `2024年第24期` */
export function issueNumberLabel(date: IssueDate, number: number): string {
  return `${issueYear(date)}年第${number}期`;
}

/** What search engines show of a page title (Baidu and Google show about 30 Chinese characters). */
export const TITLE_MAX_CHARACTERS = 30;
/** Google's limit for a NewsArticle `headline`. */
export const HEADLINE_MAX_CHARACTERS = 110;

/**
 * `text` cut to at most `max` characters (code points, so no character is split), ending in `…`
 * after the last whole character, without a dangling space or comma before it.
 */
export function clipText(text: string, max: number): string {
  const characters = Array.from(text.trim());
  if (characters.length <= max) return text.trim();
  return `${characters.slice(0, max - 1).join('').replace(/[\s，、,；;：:—-]+$/u, '')}…`;
}

/** A file's size as readers expect it: `850 KB` under a megabyte, `1.2 MB` from one on. */
export function fileSizeLabel(bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  return megabytes < 1 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${megabytes.toFixed(1)} MB`;
}
