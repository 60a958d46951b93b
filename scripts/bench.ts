/**
 * npm run bench: loading, building, the editors' preview, page weight and serving, measured on generated archives.
 * Prints a table per part and writes every figure to .bench/results.json; BENCHMARKS.md records them.
 * `npm run bench -- --quick` runs smaller archives, to try the script itself.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { loadContent } from '../lib/content/load-content';
import { articleHref } from '../lib/publishing/routes';
import { serveBuild } from './support/next-site';
import { serveWithNginx } from './support/nginx';
import { syntheticIssueDate, writeSyntheticArchive } from './synthetic-archive';
import { type PreviewFigures, benchPreview } from './bench-parts/preview';
import { type FloorBuild, buildFloor } from './bench-parts/floor';
import { type Measured, runScript } from './bench-parts/measure';
import { type BuildPhases, buildPhases } from './bench-parts/build-phases';
import { diskSize } from './bench-parts/disk-size';
import { type BenchResults, type FloorComparison, summaryTable } from './bench-parts/summary';
import { kibibytes as kb, median } from './bench-parts/figures';

const quick = process.argv.includes('--quick');
/** `--parts=loading,building,serving` runs some parts only; `--build-sizes=500,2000` other archive sizes. */
const option = (name: string) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
const parts = new Set((option('parts') ?? 'loading,building,preview,serving,export-size,search,lighthouse').split(','));
const LOAD_SIZES = quick ? [200, 1000] : [1000, 10_000];
const BUILD_SIZES = option('build-sizes')?.split(',').map(Number) ?? (quick ? [100, 300, 600] : [500, 1500, 5000, 10_000, 20_000]);
/** The archive size whose build is set beside the floor: a bare Next.js app with as many pages. */
const FLOOR_SIZE = quick ? 300 : 1500;
/**
 * Site and floor are built in turns this many times and the ratio is the median of the pairs': the
 * same build swings by 15 % from one minute to the next on a shared machine.
 */
const FLOOR_PAIRS = quick ? 1 : 3;
const SERVE_SECONDS = quick ? 3 : 10;
const PREVIEW_SIZES = quick ? [300] : [3000, 10_000];
const EXPORT_SIZE = quick ? 300 : 10_000;
const work = mkdtempSync(path.join(tmpdir(), 'bench-'));
const results: BenchResults = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  date: new Date().toISOString(),
};

const table = (rows: (string | number)[][]) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(row.map((cell, column) => String(cell).padStart(widths[column])).join('  '));
};
const gzipSize = (text: string | Buffer) => gzipSync(text).length;

function archive(count: number): string {
  const dir = path.join(work, `archive-${count}`);
  if (!existsSync(dir)) writeSyntheticArchive(dir, count);
  return dir;
}

// 1. Loading: lib against a bare gray-matter + remark-html loop over the same files.
function bareLoad(dir: string): number {
  const processor = remark().use(remarkHtml);
  let pages = 0;
  for (const issue of readdirSync(dir)) {
    for (const name of readdirSync(path.join(dir, issue))) {
      const parsed = matter(readFileSync(path.join(dir, issue, name), 'utf8'), {});
      String(processor.processSync(parsed.content));
      pages++;
    }
  }
  return pages;
}

function benchLoading() {
  console.log('\n1. Loading (median of 3 runs)');
  const rows: (string | number)[][] = [['articles', 'lib ms', 'bare ms', 'lib/bare']];
  const figures = [];
  for (const count of LOAD_SIZES) {
    const dir = archive(count);
    const time = (run: () => unknown) =>
      median(
        [0, 1, 2].map(() => {
          const started = performance.now();
          run();
          return performance.now() - started;
        }),
      );
    const bare = time(() => bareLoad(dir));
    const lib = time(() => loadContent(dir));
    figures.push({ articles: count, libMs: Math.round(lib), bareMs: Math.round(bare), ratio: Number((lib / bare).toFixed(3)) });
    rows.push([count, Math.round(lib), Math.round(bare), (lib / bare).toFixed(2)]);
  }
  table(rows);
  results.loading = figures;
}

// 2. Building: wall time and peak memory of the whole `next build` process tree.
const run = runScript;

function countPages(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  return Object.keys(manifest.routes).length;
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const phasesText = (phases?: BuildPhases) => (phases ? `${phases.compileSeconds} + ${phases.generateSeconds} + ${phases.otherSeconds}` : '');

/**
 * The site's build of `count` articles (the first one given) and the floor with as many pages, in
 * turns; each then rebuilt in its build folder with a new week's issue (the floor with as many new pages).
 */
async function beside(count: number, pages: number, first: Measured, distDir: string): Promise<FloorComparison> {
  const pairs: FloorComparison['pairs'] = [];
  const rebuildPairs: FloorComparison['pairs'] = [];
  let addedPages = 0;
  const pairOf = (site: Measured, floor: FloorBuild) => ({
    siteSeconds: seconds(site.ms),
    sitePhases: buildPhases(site.output, site.ms),
    floorSeconds: seconds(floor.ms),
    floorPhases: buildPhases(floor.output, floor.ms),
    floorPages: floor.pages,
    ratio: Number((site.ms / floor.ms).toFixed(2)),
  });
  for (let pair = 0; pair < FLOOR_PAIRS; pair++) {
    let site = first;
    if (pair > 0) {
      rmSync(distDir, { recursive: true, force: true });
      site = await run('build', { CONTENT_DIR: archive(count), NEXT_DIST_DIR: distDir });
    }
    const siteRebuild = await rebuildWithNewIssue(count, distDir);
    addedPages = countPages(distDir) - pages;
    const floor = await buildFloor(pages, addedPages);
    pairs.push(pairOf(site, floor.build));
    rebuildPairs.push(pairOf(siteRebuild, floor.rebuild));
  }
  const medians = (of: FloorComparison['pairs']) => ({
    siteSeconds: median(of.map((pair) => pair.siteSeconds)),
    floorSeconds: median(of.map((pair) => pair.floorSeconds)),
    ratio: median(of.map((pair) => pair.ratio)),
  });
  return {
    articles: count,
    sitePages: pages,
    floorPages: pairs[0].floorPages,
    ...medians(pairs),
    pairs,
    rebuild: { addedPages, ...medians(rebuildPairs), pairs: rebuildPairs },
  };
}

/** The site rebuilt in `distDir` with one more issue, a copy of the newest one dated a week later; the archive is left as it was. */
async function rebuildWithNewIssue(count: number, distDir: string): Promise<Measured> {
  const dir = archive(count);
  const newIssue = path.join(dir, syntheticIssueDate(-1));
  cpSync(path.join(dir, syntheticIssueDate(0)), newIssue, { recursive: true });
  try {
    return await run('build', { CONTENT_DIR: dir, NEXT_DIST_DIR: distDir });
  } finally {
    rmSync(newIssue, { recursive: true, force: true });
  }
}

async function benchBuilding() {
  console.log('\n2. Building (npm run build, a fresh build folder each time)');
  const rows: (string | number)[][] = [['articles', 'pages', 'seconds', 'pages/s', 'peak MiB', 'ms per extra article']];
  const figures: { articles: number; pages: number; seconds: number; peakMiB: number; msPerExtraArticle?: number }[] = [];
  for (const count of BUILD_SIZES) {
    const distDir = `.next-bench-${count}`;
    rmSync(distDir, { recursive: true, force: true });
    const build = await run('build', { CONTENT_DIR: archive(count), NEXT_DIST_DIR: distDir });
    const pages = countPages(distDir);
    const previous = figures.at(-1);
    const marginal = previous ? (build.ms - previous.seconds * 1000) / (count - previous.articles) : undefined;
    figures.push({
      articles: count,
      pages,
      seconds: seconds(build.ms),
      peakMiB: Math.round(build.peakRss / 2 ** 20),
      msPerExtraArticle: marginal === undefined ? undefined : Number(marginal.toFixed(2)),
    });
    rows.push([count, pages, (build.ms / 1000).toFixed(1), (pages / (build.ms / 1000)).toFixed(0), Math.round(build.peakRss / 2 ** 20), marginal?.toFixed(2) ?? '']);
    if (count === FLOOR_SIZE) results.floor = await beside(count, pages, build, distDir);
    if (count !== BUILD_SIZES[0]) rmSync(distDir, { recursive: true, force: true });
  }
  table(rows);
  if (results.floor) {
    console.log(`\nThe site's build of ${FLOOR_SIZE} articles beside the floor, in turns (seconds: compile + static generation + the rest)`);
    table([
      ['pair', 'site', 'site phases', 'floor', 'floor phases', 'site/floor'],
      ...results.floor.pairs.map((pair, index) => [index + 1, pair.siteSeconds, phasesText(pair.sitePhases), pair.floorSeconds, phasesText(pair.floorPhases), pair.ratio.toFixed(2)]),
    ]);
    console.log(`median site/floor: ${results.floor.ratio.toFixed(2)}`);
    const { rebuild } = results.floor;
    console.log(`\nRebuilt in the same build folder with a new week's issue (${rebuild.addedPages} pages more; the floor with as many)`);
    table([
      ['pair', 'site', 'site phases', 'floor', 'floor phases', 'site/floor'],
      ...rebuild.pairs.map((pair, index) => [index + 1, pair.siteSeconds, phasesText(pair.sitePhases), pair.floorSeconds, phasesText(pair.floorPhases), pair.ratio.toFixed(2)]),
    ]);
    console.log(`median site/floor: ${rebuild.ratio.toFixed(2)}`);
  }
  console.log(`targets: site/floor at ${FLOOR_SIZE} articles ≤ 1.5; 20,000 articles under 600 s and 3,072 MiB`);
  const [, a, b] = figures;
  if (a?.msPerExtraArticle && b?.msPerExtraArticle) {
    const growth = b.msPerExtraArticle / a.msPerExtraArticle;
    console.log(`marginal cost ${figures[1].articles}–${figures[2].articles} / ${figures[0].articles}–${figures[1].articles}: ${growth.toFixed(2)} (target ≤ 1.25)`);
    results.buildGrowth = Number(growth.toFixed(3));
  }
  results.building = figures;
}

// The editors' preview: npm run dev on an archive, a page before and after an edit.
async function benchPreviewSizes() {
  console.log('\nPreview (npm run dev): ms for an article page, the first time, the next times (median of 3), another article, and after a file is edited, added, removed');
  const figures: PreviewFigures[] = [];
  for (const count of PREVIEW_SIZES) figures.push(await benchPreview(archive(count), work, count));
  table([
    ['articles', 'server up', 'first page', 'next', 'another', 'after edit', 'after add', 'after remove'],
    ...figures.map((row) => [row.articles, row.startMs, row.firstPageMs, row.nextPageMs, row.otherArticleMs, row.afterEditMs, row.afterAddMs, row.afterRemoveMs]),
  ]);
  console.log('targets: a page after the first under 1,000 ms; an edit, addition or removal shown under 2,000 ms');
  results.preview = figures;
}

// 3 and 4 need a running site.
async function pageWeight(url: string) {
  const html = await (await fetch(url)).text();
  const assets = async (pattern: RegExp) => {
    let gzip = 0;
    for (const [, src] of html.matchAll(pattern)) gzip += gzipSize(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()));
    return gzip;
  };
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => href);
  let fontFaces = 0;
  for (const href of css) fontFaces += ((await (await fetch(new URL(href, url))).text()).match(/@font-face/g) ?? []).length;
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    jsGzip: await assets(/<script src="([^"]+)" async/g),
    cssGzip: await assets(/<link rel="stylesheet" href="([^"]+)"/g),
    fontFaces,
  };
}

async function benchPageWeightAndServing() {
  const count = BUILD_SIZES[0];
  const contentDir = archive(count);
  const distDir = `.next-bench-${count}`;
  const content = loadContent(contentDir);
  const [article] = content.articles.values();
  const articlePath = articleHref(article.date, article.slug);
  const server = await serveBuild(contentDir, distDir);
  try {
    console.log('\n3. Page weight of an article page, beside the 404 page (the app with no content: the floor)');
    const page = await pageWeight(server.url + articlePath);
    const floor = await pageWeight(`${server.url}/no-such-page`);
    const textGzip = gzipSize(article.blocks.map((block) => block.text).join('\n'));
    table([
      ['', 'HTML', 'HTML gzip', 'JS gzip', 'CSS gzip', '@font-face'],
      ['article', page.htmlBytes, page.htmlGzip, page.jsGzip, page.cssGzip, page.fontFaces],
      ['floor', floor.htmlBytes, floor.htmlGzip, floor.jsGzip, floor.cssGzip, floor.fontFaces],
    ]);
    console.log(`article text gzip ${textGzip} B; HTML gzip beyond it ${kb(page.htmlGzip - textGzip)} KB (target ≤ 15)`);
    console.log(`JS beyond the floor ${kb(page.jsGzip - floor.jsGzip)} KB gzip (target ≤ 5); CSS ${kb(page.cssGzip)} KB gzip (target < 15)`);
    results.pageWeight = { article: page, floor, textGzip, jsBeyondFloorKB: kb(page.jsGzip - floor.jsGzip), htmlBeyondTextKB: kb(page.htmlGzip - textGzip) };

    console.log(`\n4. Serving the article page: autocannon, ${SERVE_SECONDS} s, 50 connections, loopback`);
    const exportDir = '.next-bench-export';
    rmSync(exportDir, { recursive: true, force: true });
    await run('export', { CONTENT_DIR: contentDir, EXPORT_DIR: exportDir });
    const nginx = await serveWithNginx(exportDir);
    try {
      const load = async (url: string) => {
        const result = await autocannon({ url, connections: 50, duration: SERVE_SECONDS });
        return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx };
      };
      const next = await load(server.url + articlePath);
      const staticFiles = await load(nginx.url + articlePath);
      table([
        ['server', 'req/s', 'p99 ms', 'errors', 'timeouts', 'non-2xx'],
        ['next start', next.requestsPerSecond, next.p99Ms, next.errors, next.timeouts, next.non2xx],
        ['nginx export', staticFiles.requestsPerSecond, staticFiles.p99Ms, staticFiles.errors, staticFiles.timeouts, staticFiles.non2xx],
      ]);
      console.log(`nginx / next: ${(staticFiles.requestsPerSecond / next.requestsPerSecond).toFixed(1)}×`);
      results.serving = { next, nginx: staticFiles, ratio: Number((staticFiles.requestsPerSecond / next.requestsPerSecond).toFixed(2)) };
    } finally {
      await nginx.stop();
      rmSync(exportDir, { recursive: true, force: true });
    }
  } finally {
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  }
}


async function benchExportSize() {
  console.log(`\nThe static export of ${EXPORT_SIZE} articles on disk`);
  const exportDir = '.next-bench-export-size';
  rmSync(exportDir, { recursive: true, force: true });
  try {
    const exported = await run('export', { CONTENT_DIR: archive(EXPORT_SIZE), EXPORT_DIR: exportDir });
    const { files, bytes } = diskSize(exportDir);
    table([
      ['articles', 'files', 'MiB', 'seconds', 'peak MiB'],
      [EXPORT_SIZE, files, (bytes / 2 ** 20).toFixed(0), (exported.ms / 1000).toFixed(1), Math.round(exported.peakRss / 2 ** 20)],
    ]);
    results.exportSize = { articles: EXPORT_SIZE, files, mebibytes: Math.round(bytes / 2 ** 20), seconds: seconds(exported.ms) };
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
}

try {
  if (parts.has('loading')) benchLoading();
  if (parts.has('building')) await benchBuilding();
  if (parts.has('preview')) await benchPreviewSizes();
  if (parts.has('serving')) {
    if (!parts.has('building')) await run('build', { CONTENT_DIR: archive(BUILD_SIZES[0]), NEXT_DIST_DIR: `.next-bench-${BUILD_SIZES[0]}` });
    await benchPageWeightAndServing();
  }
  if (parts.has('export-size')) await benchExportSize();
  // These two are scripts of their own, run here as a reader would run them; each leaves its figures in .bench/.
  if (parts.has('search')) {
    console.log(`\nSearch: npm run bench:search-compare -- ${EXPORT_SIZE}`);
    console.log((await runScript('bench:search-compare', {}, [String(EXPORT_SIZE)])).output.trim());
    results.search = JSON.parse(readFileSync(path.join('.bench', 'search-compare.json'), 'utf8'));
  }
  if (parts.has('lighthouse')) {
    console.log('\nThe article page: npm run lighthouse');
    // It exits non-zero while a target is missed; the figures are what matter here.
    console.log((await runScript('lighthouse', {}, [], true)).output.trim());
    results.lighthouse = JSON.parse(readFileSync(path.join('.bench', 'lighthouse.json'), 'utf8'));
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync(path.join('.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const summary = summaryTable(results);
  writeFileSync(path.join('.bench', 'summary.md'), summary);
  console.log(`\nTargets, this run\n${summary}\nFigures written to .bench/results.json, the table to .bench/summary.md`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
