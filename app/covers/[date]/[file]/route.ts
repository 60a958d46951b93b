import { notFound } from 'next/navigation';
import { printFileResponse } from '@/app/_lib/print-file-response';
import { staticParams } from '@/app/_lib/static-params';
import { getIssue, listIssues } from '@/lib/content/content-index';
import { coverFiles } from '@/lib/publishing/print-images';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = Promise<{ date: string; file: string }>;

/** Every issue's cover, at each width and as supplied. */
export function generateStaticParams() {
  return staticParams(
    () => listIssues().flatMap((issue) => coverFiles(issue).map(({ name }) => ({ date: issue.date, file: name }))),
    (name) => ({ date: name, file: name }),
  );
}

export async function GET(_request: Request, { params }: { params: Params }) {
  const { date, file } = await params;
  return printFileResponse(coverFiles(getIssue(date) ?? notFound()), file);
}
