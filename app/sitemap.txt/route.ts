import { textFileResponse } from '@/app/_lib/text-file-response';
import { getContent } from '@/lib/content/site-content';
import { sitemapEntries, sitemapParts, sitemapText } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';

/** Every URL, one a line; past a sitemap's limits, the first part (the rest at /sitemaps/<n>.txt). */
export function GET() {
  return textFileResponse(sitemapText(sitemapParts(sitemapEntries(getContent()))[0]), 'text/plain');
}
