import { xmlResponse } from '@/app/_lib/xml-response';
import { getLatestIssue } from '@/lib/content/content-index';
import { newsSitemapXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(newsSitemapXml(getLatestIssue()));
}
