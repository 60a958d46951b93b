/**
 * `npm run bench:import`: how long importing a whole issue takes. A synthetic issue of a real
 * issue's size (scripts/support/synthetic-e-paper.ts) is served over loopback HTTP and imported
 * with the importer's default politeness, then again (nothing new); it prints the time, the
 * requests and bytes, and the time spent waiting between requests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_HTTP_OPTIONS } from '../lib/editor/e-paper/page-source';
import { writeSyntheticIssue } from './support/synthetic-e-paper';

const ISSUE = { pages: Number(process.env.BENCH_PAGES ?? 48), articlesPerPage: 1, photosPerArticle: 1 };
const work = mkdtempSync(path.join(tmpdir(), 'import-bench-'));
const site = path.join(work, 'site');
await writeSyntheticIssue(site, '2024-12-16', ISSUE);

let requests = 0;
let bytes = 0;
const server = createServer((request, response) => {
  const file = path.join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
  const body = readFileSync(file);
  requests++;
  bytes += body.length;
  response.writeHead(200).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

/** The import as an editor runs it; the server answers from this process, so the command must not block it. */
const run = () =>
  new Promise<{ seconds: number; output: string }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', ['tsx', 'scripts/import.ts', `http://127.0.0.1:${port}/mszk/pc/layout/202412/16/node_01.html`], {
      env: { ...process.env, CONTENT_DIR: path.join(work, 'content') },
    });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.on('close', (status) => (status === 0 ? resolve({ seconds: (performance.now() - started) / 1000, output }) : reject(new Error(errors))));
  });

const first = await run();
const firstRequests = requests;
const firstBytes = bytes;
const second = await run();
server.close();
const issueFolder = path.join(work, 'content', '2024-12-16');
const written = readdirSync(issueFolder, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(issueFolder, name)).isFile()).length;
const pausing = (firstRequests * DEFAULT_HTTP_OPTIONS.pauseMs) / 1000;
console.log(`Issue: ${ISSUE.pages} pages, ${(ISSUE.pages - 1) * ISSUE.articlesPerPage} articles, ${ISSUE.photosPerArticle} photo each; ${written} files in the issue folder.`);
console.log(`First import:  ${first.seconds.toFixed(1)} s, ${firstRequests} requests, ${(firstBytes / 1024 / 1024).toFixed(1)} MB; of it about ${pausing.toFixed(0)} s are the ${DEFAULT_HTTP_OPTIONS.pauseMs} ms pauses between requests, so ${(first.seconds - pausing).toFixed(1)} s of work.`);
console.log(`Second import: ${second.seconds.toFixed(1)} s, ${requests - firstRequests} requests: ${second.output.trim().split('\n').at(-2)}`);
rmSync(work, { recursive: true, force: true });
