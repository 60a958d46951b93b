import { type IncomingHttpHeaders, createServer } from 'node:http';

/** `at`: when it arrived (Date.now()), `url`: the path and query as sent. */
export type RecordedRequest = { path: string; url: string; query: URLSearchParams; headers: IncomingHttpHeaders; body: string; at: number };
/** `status: 'hang'` never answers, for time-outs. */
export type MockAnswer = { status: number | 'hang'; body: unknown; headers?: Record<string, string> };

/**
 * A local server standing in for Baidu's 普通收录 API (`/baidu/urls`) and IndexNow (`/indexnow`).
 * Each records every request; what it answers is set per test, as a function of the request.
 */
export async function startSearchEngineMock() {
  const requests: RecordedRequest[] = [];
  const answers: Record<'baidu' | 'indexnow', (request: RecordedRequest) => MockAnswer> = {
    baidu: (request) => ({ status: 200, body: { success: request.body.split('\n').length, remain: 2000 } }),
    indexnow: () => ({ status: 200, body: '' }),
  };
  const server = createServer((incoming, response) => {
    let body = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => (body += chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://mock');
      const request = { path: url.pathname, url: incoming.url ?? '/', query: url.searchParams, headers: incoming.headers, body, at: Date.now() };
      requests.push(request);
      const engine = url.pathname === '/baidu/urls' ? 'baidu' : url.pathname === '/indexnow' ? 'indexnow' : undefined;
      const answer = engine ? answers[engine](request) : { status: 404, body: '' };
      if (answer.status === 'hang') return;
      response.writeHead(answer.status, { 'Content-Type': typeof answer.body === 'string' ? 'text/plain' : 'application/json', ...answer.headers });
      response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answers,
    requestsTo: (path: string) => requests.filter((request) => request.path === path),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
