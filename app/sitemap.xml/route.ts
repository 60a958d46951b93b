import { xmlResponse } from '@/app/_lib/xml-response';
import { getContent } from '@/lib/content/content-index';
import { sitemapEntries, sitemapParts, sitemapXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(sitemapXml(sitemapParts(sitemapEntries(getContent()))));
}
