import { xmlResponse } from '@/app/_lib/xml-response';
import { getContent } from '@/lib/content/content-index';
import { rssXml } from '@/lib/publishing/feed';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(rssXml(getContent()), 'application/rss+xml');
}
