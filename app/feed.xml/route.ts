import { textFileResponse } from '@/app/_lib/text-file-response';
import { getContent } from '@/lib/content/content-index';
import { rssXml } from '@/lib/publishing/feed';

export const dynamic = 'force-static';

export function GET() {
  return textFileResponse(rssXml(getContent()), 'application/rss+xml');
}
