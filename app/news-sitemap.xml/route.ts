import { textFileResponse } from '@/app/_lib/text-file-response';
import { getLatestIssue } from '@/lib/content/content-index';
import { newsSitemapXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return textFileResponse(newsSitemapXml(getLatestIssue()));
}
