import { notFound } from 'next/navigation';
import { staticParams } from '@/app/_lib/static-params';
import { getIssue, listIssues } from '@/lib/content/content-index';
import { twoDigitPage } from '@/lib/content/labels';
import { printFileNames, renderPrintFile } from '@/lib/publishing/print-images';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = Promise<{ date: string; page: string; file: string }>;

/** Every scan (at each width, and as supplied) and PDF of every page. */
export function generateStaticParams() {
  return staticParams(
    () =>
      listIssues().flatMap((issue) =>
        issue.pages.flatMap((page) => printFileNames(issue.date, page).map((file) => ({ date: issue.date, page: twoDigitPage(page.page), file }))),
      ),
    (name) => ({ date: name, page: '00', file: name }),
  );
}

/** A print file, made at build time; its name holds a hash of its source, so it may be cached for good. */
export async function GET(_request: Request, { params }: { params: Params }) {
  const { date, page: param, file } = await params;
  const issue = getIssue(date) ?? notFound();
  const page = issue.pages.find((candidate) => twoDigitPage(candidate.page) === param) ?? notFound();
  const rendered = (await renderPrintFile(issue, page, file)) ?? notFound();
  return new Response(new Uint8Array(rendered.body), {
    headers: { 'Content-Type': rendered.type, 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
