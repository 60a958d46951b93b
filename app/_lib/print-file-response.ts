import { notFound } from 'next/navigation';
import type { PrintFile } from '@/lib/publishing/print-images';

/** A print file made at build time; its name holds a hash of its source, so it may be cached for good. */
export async function printFileResponse(files: PrintFile[], name: string): Promise<Response> {
  const file = files.find((candidate) => candidate.name === name) ?? notFound();
  const { body, type } = await file.render();
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable' } });
}
