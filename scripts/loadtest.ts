/**
 * npm run loadtest: builds the site from CONTENT_DIR (default content), serves it with `next start` on
 * loopback, and runs autocannon for 60 s at 50 connections against an article page, its issue's
 * contents and a missing page (404) in turn. Prints requests per second, p99 latency, errors,
 * time-outs and the server's memory (resident, whole process tree) before, during and after.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { getContent } from '../lib/content';
import { articleHref, issueHref } from '../lib/routes';

const DIST_DIR = '.next-loadtest';
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const CONNECTIONS = 50;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process and all its descendants, in MiB. */
function treeMemoryMiB(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // Gone while being read.
    }
  }
  const descends = (pid: number): boolean => pid === root || (pid > 1 && parent.has(pid) && descends(parent.get(pid) ?? 0));
  let bytes = 0;
  for (const [pid, size] of rss) if (descends(pid)) bytes += size;
  return Math.round(bytes / 2 ** 20);
}

const [article] = getContent().articles.values();
if (!article) throw new Error('No article in the content folder.');

console.log(`Building into ${DIST_DIR} …`);
const build = spawnSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, NEXT_DIST_DIR: DIST_DIR }, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
  env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
  detached: true,
  stdio: 'ignore',
});
const pid = server.pid ?? 0;
try {
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(origin);
      break;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const paths = [articleHref(article.date, article.slug), issueHref(article.date), '/no-such-page'];
  const before = treeMemoryMiB(pid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(treeMemoryMiB(pid)), 5000);
  console.log(`autocannon: ${SECONDS} s, ${CONNECTIONS} connections, ${paths.join(' , ')}`);
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((requestPath) => ({ method: 'GET', path: requestPath })),
  });
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = treeMemoryMiB(pid);
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`);
  console.log(`requests: ${result.requests.total} (${Math.round(result.requests.average)} per second)`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`status codes: ${statuses.join(', ')}`);
  console.log(`errors: ${result.errors}, time-outs: ${result.timeouts}`);
  console.log(`server memory: ${before} MiB before, every 5 s ${samples.join(' ')} MiB, ${after} MiB after`);
  const fiveXX = Object.keys(result.statusCodeStats ?? {}).some((code) => code.startsWith('5'));
  process.exitCode = result.errors > 0 || result.timeouts > 0 || fiveXX ? 1 : 0;
} finally {
  process.kill(-pid, 'SIGTERM');
}
