import { textFileResponse } from '@/app/_lib/text-file-response';
import { getContent } from '@/lib/content/site-content';
import { rssXml } from '@/lib/publishing/feed';

export const dynamic = 'force-static';

export function GET() {
  return textFileResponse(rssXml(getContent()), 'application/rss+xml');
}
