import { connect } from 'node:net';

/**
 * Hostile and malformed URLs, sent raw to a server: the same corpus runs against `next start` and
 * against the static export under nginx.
 */

type Answer = { status: number; body: string };
const METHODS: ('GET' | 'HEAD')[] = ['GET', 'HEAD'];

/**
 * Sends the request line exactly as written, raw UTF-8 and all, over a plain socket: no URL class
 * or HTTP client normalizes `..`, escapes or bad bytes first.
 */
function send(siteUrl: URL, method: 'GET' | 'HEAD', rawPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(siteUrl.port), siteUrl.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`timed out: ${method} ${rawPath.slice(0, 80)}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const response = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1] ?? 0);
      resolve({ status, body: response.slice(response.indexOf('\r\n\r\n') + 4) });
    });
    // Written, not ended: a client that half-closes first may get no answer at all.
    socket.write(Buffer.from(`${method} ${rawPath} HTTP/1.1\r\nHost: ${siteUrl.host}\r\nConnection: close\r\n\r\n`, 'utf8'));
  });
}

const secrets = [
  '/package.json',
  '/package-lock.json',
  '/.env',
  '/.env.local',
  '/next.config.ts',
  '/tsconfig.json',
  '/lib/content/content-index.ts',
  '/app/layout.tsx',
  '/content/2024-12-09/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti.md',
  '/.next-test/BUILD_ID',
  '/.next/BUILD_ID',
  '/_next/BUILD_ID',
  '/_next/server/app/index.html',
  '/_next/required-server-files.json',
  '/_next/../package.json',
  '/_next/static/../../package.json',
  '/.git/config',
];
const traversals = ['..%2F', '..%2f', '%2e%2e%2f', '%2e%2e/', '..%5C', '..\\', '%252e%252e%252f', '....//', '..%c0%af', '..%00/'];
const prefixes = ['/', '/issues/', '/issues/2024-12-16/', '/_next/static/', '/sections/', '/search-index/shards/'];
const oddSegments = [
  '%00',
  'a%00b',
  '%C3%28',
  '%FF%FE',
  '%E4%B8',
  '%',
  '%zz',
  '中文',
  '%E4%B8%AD%E6%96%87',
  '😀',
  '%F0%9F%98%80',
  'x'.repeat(3000),
  '%20',
  '..',
  '.',
  '~root',
  '<script>alert(1)</script>',
  '%3Cscript%3E',
  "'\"",
  'CON',
  'index.html',
  'page.tsx',
];
const impossibleDates = ['2024-02-30', '2023-02-29', '2024-13-01', '0000-00-00', '9999-12-31', '2024-1-9', '20241209', '2024-12-09T00:00'];
const queries = ['?q=%', '?q=%E4', '?__proto__[x]=1', '?q=' + 'a'.repeat(5000), '?page=-1', '?_rsc=1', '?q=<script>', '?&&&===', '?q=%00'];

export function oddPaths(): string[] {
  const paths = new Set<string>(secrets);
  for (const prefix of prefixes) {
    for (const traversal of traversals) {
      paths.add(`${prefix}${traversal.repeat(3)}package.json`);
      paths.add(`${prefix}${traversal.repeat(4)}etc/passwd`);
    }
    for (const segment of oddSegments) paths.add(`${prefix}${segment}`);
  }
  for (const date of impossibleDates) {
    paths.add(`/issues/${date}`);
    paths.add(`/issues/${date}/pages/01`);
    paths.add(`/issues/${date}/full-fields`);
  }
  for (const segment of ['中文', '😀', 'pages', 'PAGES', 'full-fields/x', 'full-fields%2F..']) paths.add(`/issues/2024-12-16/${segment}`);
  for (const page of ['00', '1', '001', '-1', '99', 'x', '01/extra']) paths.add(`/issues/2024-12-16/pages/${page}`);
  for (const page of ['0', '1', '2', '-1', 'x', '1/2', '99999999999999999999']) paths.add(`/sections/%E8%A6%81%E9%97%BB/${page}`);
  for (const query of queries) {
    paths.add(`/${query}`);
    paths.add(`/search${query}`);
    paths.add(`/issues/2024-12-16/full-fields${query}`);
  }
  for (const path of ['//issues', '///', '/issues//2024-12-16', '/ISSUES/2024-12-16', '/issues/2024-12-16/', '/feed.xml/x', '/sitemap.xml%00', '/robots.txt/..']) paths.add(path);
  return [...paths];
}

/** Requests every odd path with GET and HEAD; what went wrong, one line each (none when all is well). */
export async function probeOddUrls(siteUrl: string): Promise<string[]> {
  const url = new URL(siteUrl);
  const failures: string[] = [];
  for (const path of oddPaths()) {
    for (const method of METHODS) {
      const { status, body } = await send(url, method, path);
      if (status < 200 || status >= 500) failures.push(`${method} ${path.slice(0, 80)} → ${status}`);
      if (/"name":\s*"minsheng-weekly-reader"|"lockfileVersion"|export default function|from 'next|compilerOptions|\[core\]|root:x:0:0/.test(body)) {
        failures.push(`${method} ${path.slice(0, 80)} → served something it should not`);
      }
    }
  }
  return failures;
}
