/**
 * npm run lighthouse [-- --runs=3 --cpu-slowdown=4]: builds the site from CONTENT_DIR into a folder of
 * its own and serves it with `next start` on loopback; beside it, the floors: a bare Next.js app whose
 * only page is the same article's title and body, and each page audited as plain HTML (the site's own
 * page with every script taken out, bench-parts/plain-page.ts). Runs Lighthouse (mobile defaults) in
 * Debian's Chromium on the article, its issue's contents and its page view, and on their floors, in
 * turns, and prints every run, the medians, and the bytes each page sends. Targets (the article page):
 * LCP within 1.25 × the plain page's, total blocking time at most 50 ms, performance at least 98, CLS
 * 0, accessibility, best practices and SEO 100, and the document as sent within 1.3 × the plain
 * page's. For the article, its plain page and its export, it lists the simulated main thread of the
 * median run (bench-parts/simulated-tasks.ts): where the blocking time comes from. Every report is
 * left in .next-lighthouse/. Exits non-zero when a target is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { contentDir, getContent } from '../lib/content/site-content';
import { articleHref, issueHref, issuePageHref } from '../lib/publishing/routes';
import { articleBodyHtml } from '../lib/publishing/article-body-html';
import { floorArticleFiles, writeFloorApp } from './bench-parts/floor';
import { measure } from './bench-parts/measure';
import { servePlainPage } from './bench-parts/plain-page';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { NEXT_BIN, buildSite, freeLoopbackPort, serveApp, serveBuild } from './support/next-site';
import { serveWithNginx } from './support/nginx';
import { kb, median } from './bench-parts/figures';
import { simulatedMainThread } from './bench-parts/simulated-tasks';

const DIST_DIR = '.next-lighthouse';
/** The same site as `npm run export` writes it, served by nginx with the documented lines. */
const EXPORT_DIR = '.next-lighthouse-export';
const FLOOR_DIR = path.resolve('.bench', 'lighthouse-floor');
/** The medians and bytes, for npm run bench's summary. */
const SUMMARY_FILE = path.resolve('.bench', 'lighthouse.json');
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 3);
/**
 * Lighthouse's simulated phone is 4 × slower than the host (its default). A host twice as fast
 * (Lighthouse's benchmark index, printed with the results, twice as high) makes the same page's
 * blocking time smaller; `--cpu-slowdown=8` on such a host stands for the default on the slower one.
 */
const cpuSlowdown = option('cpu-slowdown') === undefined ? undefined : Number(option('cpu-slowdown'));
for (const [flag, value] of [['--runs', runs], ['--cpu-slowdown', cpuSlowdown ?? 4]] as const) {
  if (!(value > 0)) throw new Error(`${flag} takes a number above 0.`);
}

type Run = { performance: number; accessibility: number; bestPractices: number; seo: number; tbt: number; lcp: number; fcp: number; cls: number };
type Bytes = { jsFiles: number; jsTransfer: number; jsResource: number; htmlTransfer: number; htmlResource: number };
type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

const [article] = getContent().articles.values();
if (!article) throw new Error('No article to audit in the content folder.');

function figures(lhr: LighthouseResult['lhr']): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
  };
}

/** Scripts and the document as sent (transfer: gzip as the server compresses it) and as parsed. */
function bytes(lhr: LighthouseResult['lhr']): Bytes {
  const details = lhr.audits['network-requests']?.details;
  const requests = details?.type === 'table' ? details.items : [];
  const of = (type: string) => requests.filter((request) => request.resourceType === type);
  const sum = (items: typeof requests, key: string) => items.reduce((total, item) => total + Number(item[key] ?? 0), 0);
  const scripts = of('Script');
  const documents = of('Document');
  return {
    jsFiles: scripts.length,
    jsTransfer: sum(scripts, 'transferSize'),
    jsResource: sum(scripts, 'resourceSize'),
    htmlTransfer: sum(documents, 'transferSize'),
    htmlResource: sum(documents, 'resourceSize'),
  };
}


async function audit(name: string, url: string, port: number, run: number) {
  const throttling = cpuSlowdown === undefined ? {} : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } };
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', ...throttling });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  writeFileSync(path.join(DIST_DIR, `lighthouse-${name}-${run}.json`), JSON.stringify(result.lhr, null, 2));
  return { run: figures(result.lhr), bytes: bytes(result.lhr), lhr: result.lhr, simulated: await simulatedMainThread(result) };
}

const port = await freeLoopbackPort();
console.log(`Building the site into ${DIST_DIR} and the floor into ${path.relative('.', FLOOR_DIR)} …`);
// The canonical URLs must name the audited server, or the SEO audit counts them as pointing elsewhere.
const build = await buildSite(contentDir(), DIST_DIR, { SITE_URL: `http://127.0.0.1:${port}` });
if (build.code !== 0) throw new Error(build.output);
const exportPort = await freeLoopbackPort();
const exported = await buildSite(contentDir(), `${EXPORT_DIR}-build`, { SITE_URL: `http://127.0.0.1:${exportPort}`, EXPORT_DIR }, 'export');
if (exported.code !== 0) throw new Error(exported.output);
writeFloorApp(FLOOR_DIR, floorArticleFiles(article.title, articleBodyHtml(article.date, article.body)));
await measure(process.execPath, [NEXT_BIN, 'build', FLOOR_DIR]);

const site = await serveBuild(contentDir(), DIST_DIR, port);
const floor = await serveApp(FLOOR_DIR);
const nginx = await serveWithNginx(EXPORT_DIR, exportPort);
const paths = {
  article: articleHref(article.date, article.slug),
  contents: issueHref(article.date),
  'page view': issuePageHref(article.date, article.page),
};
const plain = {
  article: await servePlainPage(site.url, paths.article),
  contents: await servePlainPage(site.url, paths.contents),
  'page view': await servePlainPage(site.url, paths['page view']),
};
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
try {
  /** Each page of the site, then its floors: the bare Next.js page (the article's only) and the plain HTML. */
  const pages: Record<string, string> = {
    article: site.url + paths.article,
    'article: bare Next.js': `${floor.url}/`,
    'article: plain HTML': `${plain.article.url}/`,
    contents: site.url + paths.contents,
    'contents: plain HTML': `${plain.contents.url}/`,
    'page view': site.url + paths['page view'],
    'page view: plain HTML': `${plain['page view'].url}/`,
    'article: export, nginx': nginx.url + paths.article,
    'contents: export, nginx': nginx.url + paths.contents,
    'page view: export, nginx': nginx.url + paths['page view'],
  };
  const results: Record<string, Awaited<ReturnType<typeof audit>>[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let run = 1; run <= runs; run++) {
    for (const [name, url] of Object.entries(pages)) results[name].push(await audit(name.replace(/\W+/g, '-'), url, chrome.port, run));
  }
  const { lighthouseVersion, configSettings } = results.article[0].lhr;
  const benchmarkIndex = median(Object.values(results).flat().map((result) => result.lhr.environment.benchmarkIndex));
  console.log(
    `\nLighthouse ${lighthouseVersion}, ${configSettings.formFactor}, ${configSettings.throttlingMethod} throttling at ${configSettings.throttling.cpuSlowdownMultiplier} × CPU slowdown, ${runs} runs each, in turns; the host's benchmark index ${benchmarkIndex.toFixed(0)} (median)`,
  );
  console.log(`article:  ${pages.article}\ncontents: ${pages.contents}\npage view: ${pages['page view']}`);
  console.log('bare Next.js: a Next.js app whose only page is the article\'s title and body HTML; plain HTML: the site\'s page with every script taken out; export, nginx: npm run export served by nginx\n');
  const width = Math.max(...Object.keys(pages).map((name) => name.length));
  console.log(`${'page'.padEnd(width)}  run  perf  TBT ms  LCP ms  FCP ms   CLS  a11y  b.p.  SEO`);
  const row = (name: string, label: string, r: Run) =>
    console.log(
      `${name.padEnd(width)}  ${label.padStart(3)}  ${String(r.performance).padStart(4)}  ${r.tbt.toFixed(0).padStart(6)}  ${r.lcp.toFixed(0).padStart(6)}  ${r.fcp.toFixed(0).padStart(6)}  ${r.cls.toFixed(2).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(4)}`,
    );
  const medians: Record<string, Run> = {};
  for (const [name, list] of Object.entries(results)) {
    list.forEach((result, index) => row(name, String(index + 1), result.run));
    const pick = (key: keyof Run) => median(list.map((result) => result.run[key]));
    medians[name] = {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      tbt: pick('tbt'),
      lcp: pick('lcp'),
      fcp: pick('fcp'),
      cls: pick('cls'),
    };
    row(name, 'med', medians[name]);
  }
  console.log(`\n${'page'.padEnd(width)}  JS files  JS sent   JS parsed  HTML sent  HTML parsed`);
  for (const [name, list] of Object.entries(results)) {
    const b = list[0].bytes;
    console.log(`${name.padEnd(width)}  ${String(b.jsFiles).padStart(8)}  ${kb(b.jsTransfer).padStart(8)}  ${kb(b.jsResource).padStart(9)}  ${kb(b.htmlTransfer).padStart(9)}  ${kb(b.htmlResource).padStart(11)}`);
  }

  for (const name of ['article', 'article: plain HTML', 'article: export, nginx']) {
    const list = results[name];
    const middle = list.find((result) => result.run.tbt === medians[name].tbt) ?? list[0];
    const { fcp, tasks } = middle.simulated;
    console.log(`\n${name}, run ${list.indexOf(middle) + 1} (median TBT): the simulated main thread, tasks of 20 ms or more; FCP at ${fcp.toFixed(0)} ms`);
    console.log('   start  simulated  traced  blocking  holds');
    for (const task of tasks) {
      console.log(`${task.start.toFixed(0).padStart(8)}  ${task.duration.toFixed(0).padStart(6)} ms  ${task.traced.toFixed(0).padStart(3)} ms  ${task.blocking.toFixed(0).padStart(5)} ms  ${task.holds.join(', ')}`);
    }
  }

  mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true });
  const summary = Object.fromEntries(Object.entries(results).map(([name, list]) => [name, { median: medians[name], bytes: list[0].bytes }]));
  writeFileSync(SUMMARY_FILE, `${JSON.stringify({ runs, benchmarkIndex, cpuSlowdown: configSettings.throttling.cpuSlowdownMultiplier, ...summary }, null, 2)}\n`);

  const floorOf = medians['article: plain HTML'];
  const plainHtml = results['article: plain HTML'][0].bytes.htmlTransfer;
  const targetsOf = (name: string): [string, boolean][] => {
    const mine = medians[name];
    const lcpRatio = mine.lcp / floorOf.lcp;
    const htmlRatio = results[name][0].bytes.htmlTransfer / plainHtml;
    return [
      [`LCP within 1.25 × the plain page's (${lcpRatio.toFixed(2)} ×)`, lcpRatio <= 1.25],
      [`total blocking time ≤ 50 ms (${mine.tbt.toFixed(0)} ms; the plain page ${floorOf.tbt.toFixed(0)} ms)`, mine.tbt <= 50],
      [`performance ≥ 98 (${mine.performance})`, mine.performance >= 98],
      ['CLS 0', mine.cls === 0],
      ['accessibility, best practices, SEO 100', mine.accessibility === 100 && mine.bestPractices === 100 && mine.seo === 100],
      [`the document as sent within 1.3 × the plain page's (${htmlRatio.toFixed(2)} ×)`, htmlRatio <= 1.3],
    ];
  };
  const targets: [string, boolean][] = [];
  for (const name of ['article', 'article: export, nginx']) {
    console.log(`\nThe ${name === 'article' ? 'article page from next start' : 'article page from the export under nginx'}:`);
    for (const [target, met] of targetsOf(name)) {
      console.log(`${met ? 'met    ' : 'NOT met'}  ${target}`);
      targets.push([target, met]);
    }
  }
  process.exitCode = targets.every(([, met]) => met) ? 0 : 1;
} finally {
  await chrome.kill();
  await site.stop();
  await floor.stop();
  await nginx.stop();
  for (const server of Object.values(plain)) await server.stop();
}
