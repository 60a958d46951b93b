import Link from 'next/link';
import { Fragment } from 'react';
import { formatIssueDate } from '@/lib/content/issue-date';
import { pageLabel } from '@/lib/content/labels';
import type { SearchHit } from '@/lib/search/search-client';

/** Text with its matches marked. */
function Highlighted({ text, matches }: { text: string; matches: [number, number][] }) {
  let last = 0;
  const pieces = matches.flatMap(([start, end], index) => {
    if (start < last) return [];
    const piece = [
      <Fragment key={`t${index}`}>{text.slice(last, start)}</Fragment>,
      <mark key={`m${index}`} className="bg-masthead/15 text-inherit dark:bg-masthead/30">
        {text.slice(start, end)}
      </mark>,
    ];
    last = end;
    return piece;
  });
  return (
    <>
      {pieces}
      {text.slice(last)}
    </>
  );
}

/** One result: kicker, title and snippet with the query marked, date and page. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li>
      {hit.kicker && <p className="text-sm text-ink-muted">{hit.kicker}</p>}
      <h2 className="font-serif text-lg leading-snug font-bold">
        <Link prefetch={false} href={hit.href} className="hover:text-masthead hover:underline">
          <Highlighted text={hit.title} matches={hit.titleMatches} />
        </Link>
      </h2>
      <p className="text-sm text-ink-muted">
        <time dateTime={hit.date}>{formatIssueDate(hit.date)}</time> {pageLabel(hit.page)}
      </p>
      <p className="mt-1 leading-relaxed">
        <Highlighted text={hit.snippet.text} matches={hit.snippet.matches} />
      </p>
    </li>
  );
}
