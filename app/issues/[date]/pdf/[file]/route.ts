import { notFound } from 'next/navigation';
import { staticParams } from '@/app/_lib/static-params';
import { getIssue, listIssues } from '@/lib/content/content-index';
import { issuePdfFile, issuePdfName } from '@/lib/publishing/issue-pdf';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = Promise<{ date: string; file: string }>;

/** 全本PDF: each issue with page PDFs or scans, as one file (lib/publishing/issue-pdf.ts). */
export function generateStaticParams() {
  return staticParams(
    () =>
      listIssues().flatMap((issue) => {
        const file = issuePdfName(issue);
        return file ? [{ date: issue.date, file }] : [];
      }),
    (name) => ({ date: name, file: name }),
  );
}

export async function GET(_request: Request, { params }: { params: Params }) {
  const { date, file } = await params;
  const issue = getIssue(date) ?? notFound();
  const pdf = await issuePdfFile(issue);
  if (!pdf || pdf.name !== file) notFound();
  return new Response(new Uint8Array(pdf.body), { headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'public, max-age=31536000, immutable' } });
}
