import { textFileResponse } from '@/app/_lib/text-file-response';
import { getContent } from '@/lib/content/site-content';
import { sitemapEntries, sitemapParts, sitemapXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return textFileResponse(sitemapXml(sitemapParts(sitemapEntries(getContent()))));
}
