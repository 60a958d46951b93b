'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { formatIssueDate, isIssueDate } from '@/lib/content/issue-date';
import { issueDateLabel } from '@/lib/content/labels';
import { issueHref } from '@/lib/publishing/routes';

/** The issue nearest to a date, the later one on a tie. */
function nearest(dates: readonly string[], date: string): string | undefined {
  const distance = (other: string) => Math.abs(Date.parse(`${other}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`));
  return [...dates].sort((a, b) => distance(a) - distance(b) || b.localeCompare(a))[0];
}

/** 按日期查找: goes to the issue of a date, or says there is none and offers the nearest. */
export function DateJump({ dates }: { dates: readonly string[] }) {
  const router = useRouter();
  const [missing, setMissing] = useState<{ date: string; nearest?: string }>();

  const jump = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = String(new FormData(event.currentTarget).get('date') ?? '');
    if (!isIssueDate(date)) return;
    if (dates.includes(date)) {
      setMissing(undefined);
      router.push(issueHref(date));
    } else {
      setMissing({ date, nearest: nearest(dates, date) });
    }
  };

  return (
    <form onSubmit={jump} className="mt-4 flex flex-wrap items-center gap-2">
      <label htmlFor="issue-date">按日期查找</label>
      <input
        id="issue-date"
        name="date"
        type="date"
        required
        min={dates.at(-1)}
        max={dates[0]}
        className="rounded border border-rule-strong bg-surface px-2 py-1"
      />
      <button type="submit" className="rounded border border-rule-strong px-3 py-1 hover:border-masthead hover:text-masthead">
        前往
      </button>
      <p role="status" className="w-full text-sm">
        {missing && (
          <>
            {formatIssueDate(missing.date)}没有出版的期刊。
            {missing.nearest && (
              <>
                最近的一期：
                <Link prefetch={false} href={issueHref(missing.nearest)} className="text-masthead-dark underline">
                  {issueDateLabel(missing.nearest)}
                </Link>
              </>
            )}
          </>
        )}
      </p>
    </form>
  );
}
