import { xmlResponse } from '@/app/_lib/xml-response';
import { getLatestIssue } from '@/lib/content';
import { newsSitemapXml } from '@/lib/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(newsSitemapXml(getLatestIssue()));
}
