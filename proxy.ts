import { type NextRequest, NextResponse } from 'next/server';

/**
 * Answers 400 to a path whose percent-encoding is broken (`/issues/%E4%B8`, `/%zz`): Next.js would
 * otherwise fail decoding it into route params and answer 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad Request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/((?!_next/static/).*)'] };
