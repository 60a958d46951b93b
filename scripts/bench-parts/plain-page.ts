import { createServer, request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { RunningSite } from '../support/next-site';

/**
 * The floor for a page: the site's own page as plain HTML, every script taken out (the framework's,
 * the page data, the inline ones) and nothing else changed, on a server of its own; its structured
 * data stays, which is data for search engines rather than a script. It answers the page at `/`,
 * gzipped as the site's are, and passes every other request (the style sheet, images) to the site
 * as it is.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b(?=[^>]*\bas="script")[^>]*>/gi, '');
}

export async function servePlainPage(siteUrl: string, pathname: string): Promise<RunningSite> {
  const html = withoutScripts(await (await fetch(siteUrl + pathname)).text());
  const compressed = gzipSync(html);
  const site = new URL(siteUrl);
  const server = createServer((incoming, response) => {
    if (incoming.url === '/') {
      const gzip = /\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? ''));
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(gzip ? compressed : html);
      return;
    }
    const upstream = httpRequest({ hostname: site.hostname, port: site.port, path: incoming.url, headers: { ...incoming.headers, host: site.host } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.destroy());
    upstream.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    pid: process.pid,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
