import { textFileResponse } from '@/app/_lib/text-file-response';
import { indexNowKey } from '@/lib/submit/indexnow-key';

export const dynamic = 'force-static';

/** The IndexNow key file. next.config.ts rewrites `/<key>.txt` here; the export moves it there. */
export function GET() {
  const key = indexNowKey();
  return key ? textFileResponse(key, 'text/plain') : new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
