import { notFound } from 'next/navigation';
import { printFileResponse } from '@/app/_lib/print-file-response';
import { staticParams } from '@/app/_lib/static-params';
import { getIssue, listIssues } from '@/lib/content/content-index';
import { twoDigitPage } from '@/lib/content/labels';
import { pagePrintFiles } from '@/lib/publishing/print-images';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = Promise<{ date: string; page: string; file: string }>;

/** Every page's scans (at each width, and as supplied), article clippings and PDF. */
export function generateStaticParams() {
  return staticParams(
    () =>
      listIssues().flatMap((issue) =>
        issue.pages.flatMap((page) => pagePrintFiles(issue.date, page).map(({ name }) => ({ date: issue.date, page: twoDigitPage(page.page), file: name }))),
      ),
    (name) => ({ date: name, page: '00', file: name }),
  );
}

export async function GET(_request: Request, { params }: { params: Params }) {
  const { date, page: param, file } = await params;
  const page = getIssue(date)?.pages.find((candidate) => twoDigitPage(candidate.page) === param) ?? notFound();
  return printFileResponse(pagePrintFiles(date, page), file);
}
