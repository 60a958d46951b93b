import { indexNowKey } from '@/lib/submit/indexnow-key';

export const dynamic = 'force-static';

/** The IndexNow key file. next.config.ts rewrites `/<key>.txt` here; the export copies it there. */
export function GET() {
  const key = indexNowKey();
  if (!key) return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(key, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
