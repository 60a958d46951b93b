import Link from 'next/link';
import { type IssueDate, monthWeeks } from '@/lib/content/issue-date';
import { issueDateLabel } from '@/lib/content/labels';
import { issueHref } from '@/lib/publishing/routes';

const WEEKDAY_HEADINGS = ['日', '一', '二', '三', '四', '五', '六'];

/** A month as a small calendar, its issue days linked. */
export function MonthCalendar({ month, issueDates }: { month: string; issueDates: ReadonlySet<IssueDate> }) {
  const [year, monthNumber] = month.split('-').map(Number);
  const label = `${year}年${monthNumber}月`;
  return (
    <table className="w-full max-w-xs table-fixed border-collapse text-center text-sm">
      <caption className="pb-1 text-left font-bold">{label}</caption>
      <thead>
        <tr>
          {WEEKDAY_HEADINGS.map((day) => (
            <th key={day} scope="col" abbr={`星期${day}`} className="py-1 font-normal text-ink-muted">
              {day}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week, index) => (
          <tr key={index}>
            {week.map((date, day) =>
              date === undefined ? (
                <td key={day} />
              ) : (
                <td key={date} className="py-0.5">
                  {issueDates.has(date) ? (
                    <Link
                      prefetch={false}
                      href={issueHref(date)}
                      aria-label={issueDateLabel(date)}
                      className="inline-block w-8 rounded bg-masthead py-1 font-bold text-surface hover:underline"
                    >
                      {Number(date.slice(8))}
                    </Link>
                  ) : (
                    <span className="inline-block w-8 py-1 text-ink-muted">{Number(date.slice(8))}</span>
                  )}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
