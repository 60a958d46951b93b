import { printFileResponse } from '@/app/_lib/print-file-response';
import { staticParams } from '@/app/_lib/static-params';
import { listIssuePhotos, listIssues } from '@/lib/content/content-index';
import { issuePhotoFiles } from '@/lib/publishing/photo-images';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = Promise<{ date: string; file: string }>;

/** Every photo of every issue's articles, at each width, as a link preview and as a thumbnail. */
export function generateStaticParams() {
  return staticParams(
    () => listIssues().flatMap((issue) => issuePhotoFiles(issue.date, listIssuePhotos(issue.date)).map(({ name }) => ({ date: issue.date, file: name }))),
    (name) => ({ date: name, file: name }),
  );
}

export async function GET(_request: Request, { params }: { params: Params }) {
  const { date, file } = await params;
  return printFileResponse(issuePhotoFiles(date, listIssuePhotos(date)), file);
}
