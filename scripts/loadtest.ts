/**
 * npm run loadtest: builds the site from CONTENT_DIR (default content), serves it with `next start` on
 * loopback, and runs autocannon for 60 s at 50 connections against an article page, its issue's
 * contents and a missing page (404) in turn. Prints requests per second, p99 latency, errors,
 * time-outs and the server's memory (resident, whole process tree) before, during and after.
 */
import autocannon from 'autocannon';
import { contentDir, getContent } from '../lib/content/site-content';
import { articleHref, issueHref } from '../lib/publishing/routes';
import { buildSite, serveBuild } from './support/next-site';
import { processTreeMemory } from './process-memory';

const DIST_DIR = '.next-loadtest';
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const CONNECTIONS = 50;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

const [article] = getContent().articles.values();
if (!article) throw new Error('No article in the content folder.');

console.log(`Building into ${DIST_DIR} …`);
const build = await buildSite(contentDir(), DIST_DIR);
if (build.code !== 0) throw new Error(build.output);
const site = await serveBuild(contentDir(), DIST_DIR);
try {
  const paths = [articleHref(article.date, article.slug), issueHref(article.date), '/no-such-page'];
  const before = mib(processTreeMemory(site.pid));
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(mib(processTreeMemory(site.pid))), 5000);
  console.log(`autocannon: ${SECONDS} s, ${CONNECTIONS} connections, ${paths.join(' , ')}`);
  const result = await autocannon({
    url: site.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const after = mib(processTreeMemory(site.pid));
  const statuses = Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}: ${count}`);
  console.log(`requests: ${result.requests.total} (${Math.round(result.requests.average)} per second)`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`status codes: ${statuses.join(', ')}`);
  console.log(`errors: ${result.errors}, time-outs: ${result.timeouts}`);
  console.log(`server memory: ${before} MiB before, every 5 s ${samples.join(' ')} MiB, ${after} MiB after`);
  const serverErrors = Object.keys(result.statusCodeStats ?? {}).some((code) => code.startsWith('5'));
  process.exitCode = result.errors > 0 || result.timeouts > 0 || serverErrors ? 1 : 0;
} finally {
  await site.stop();
}
