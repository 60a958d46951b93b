/**
 * The benchmark's last table: every performance target beside the figure this run measured and,
 * where there is one, the bare Next.js floor measured in the same run. Printed, and written as
 * Markdown to .bench/summary.md for BENCHMARKS.md.
 */
import type { BuildPhases } from './build-phases';
import type { PreviewFigures } from './preview';
import { kb } from './figures';

type Build = { articles: number; pages: number; seconds: number; peakMiB: number };
type LighthouseFigures = { performance: number; accessibility: number; bestPractices: number; seo: number; tbt: number; lcp: number; cls: number };
type PageBytes = { jsFiles: number; jsTransfer: number; htmlTransfer: number; htmlResource: number };
type LighthousePage = { median: LighthouseFigures; bytes: PageBytes };
type Lighthouse = { runs: number; article: LighthousePage; 'article: plain HTML': LighthousePage };
type SearchEngine = { queries: { query: string; kb: number; ms: number }[]; phrases: { recall: number; kb: number; ms: number } };
type Search = { articles: number; site: SearchEngine; Pagefind: SearchEngine };

type BuildPair = { siteSeconds: number; sitePhases?: BuildPhases; floorSeconds: number; floorPhases?: BuildPhases; floorPages: number; ratio: number };

/**
 * The site's build beside the floor's, in turns, from a fresh build folder and again in the same
 * folder with a new week's issue (the floor with as many new pages); seconds and ratios are the
 * pairs' medians.
 */
export type FloorComparison = {
  articles: number;
  sitePages: number;
  floorPages: number;
  siteSeconds: number;
  floorSeconds: number;
  ratio: number;
  pairs: BuildPair[];
  rebuild: { addedPages: number; siteSeconds: number; floorSeconds: number; ratio: number; pairs: BuildPair[] };
};

export type BenchResults = Record<string, unknown> & {
  floor?: FloorComparison;
  building?: Build[];
  preview?: PreviewFigures[];
  serving?: { next: { requestsPerSecond: number }; nginx: { requestsPerSecond: number }; ratio: number };
  exportSize?: { articles: number; files: number; mebibytes: number; seconds: number };
  lighthouse?: Lighthouse;
  search?: Search;
};

type Row = [target: string, measured: string, floor: string, met: boolean | undefined];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const thousands = (value: number) => value.toLocaleString('en-US');

function rows(results: BenchResults): Row[] {
  const out: Row[] = [];
  const { floor, building, preview, lighthouse, search, serving, exportSize } = results;
  if (floor) {
    const medianOf = floor.pairs.length > 1 ? `, median of ${floor.pairs.length} pairs built in turns` : '';
    out.push([`build of ${thousands(floor.articles)} articles ≤ 1.5 × the floor`, `${floor.siteSeconds} s (${thousands(floor.sitePages)} pages), ${floor.ratio} × the floor${medianOf}`, `${floor.floorSeconds} s (${thousands(floor.floorPages)} pages)`, floor.ratio <= 1.5]);
    const { rebuild } = floor;
    out.push([`… rebuilt with a new week's issue, build folder kept ≤ 1.5 × the floor`, `${rebuild.siteSeconds} s (${thousands(rebuild.addedPages)} pages more), ${rebuild.ratio} × the floor${medianOf}`, `${rebuild.floorSeconds} s`, rebuild.ratio <= 1.5]);
  }
  const largest = building?.find((build) => build.articles === 20_000);
  if (largest) {
    out.push(['20,000 articles build in under 10 minutes', `${largest.seconds} s`, '', largest.seconds < 600]);
    out.push(['… with peak memory under 3 GiB', `${thousands(largest.peakMiB)} MiB`, '', largest.peakMiB < 3072]);
  }
  for (const size of building ?? []) {
    if (size.articles === 5000 || size.articles === 10_000) out.push([`build of ${thousands(size.articles)} articles (reported)`, `${size.seconds} s, ${thousands(size.peakMiB)} MiB`, '', undefined]);
  }
  for (const figures of preview ?? []) {
    const next = Math.max(figures.nextPageMs, figures.otherArticleMs);
    const change = Math.max(figures.afterEditMs, figures.afterAddMs, figures.afterRemoveMs);
    out.push([`preview of ${thousands(figures.articles)} articles: a page after the first under 1 s`, `next ${seconds(figures.nextPageMs)}, another article ${seconds(figures.otherArticleMs)}`, '', next < 1000]);
    out.push([`… an edit, addition or removal shown under 2 s`, `${seconds(figures.afterEditMs)}, ${seconds(figures.afterAddMs)}, ${seconds(figures.afterRemoveMs)}`, '', change < 2000]);
  }
  if (lighthouse) {
    const { article, 'article: plain HTML': plain } = lighthouse;
    const median = `median of ${lighthouse.runs}`;
    const lcpRatio = article.median.lcp / plain.median.lcp;
    const htmlRatio = article.bytes.htmlTransfer / plain.bytes.htmlTransfer;
    out.push([`Lighthouse mobile, the article page: LCP within 1.25 × plain HTML's (${median})`, `${seconds(article.median.lcp)} (${lcpRatio.toFixed(2)} ×)`, `plain ${seconds(plain.median.lcp)}`, lcpRatio <= 1.25]);
    out.push(['… total blocking time ≤ 50 ms', `${Math.round(article.median.tbt)} ms`, `plain ${Math.round(plain.median.tbt)} ms`, article.median.tbt <= 50]);
    out.push(['… performance ≥ 98', String(article.median.performance), `plain ${plain.median.performance}`, article.median.performance >= 98]);
    out.push(['… CLS 0', String(article.median.cls), `plain ${plain.median.cls}`, article.median.cls === 0]);
    const others = [article.median.accessibility, article.median.bestPractices, article.median.seo];
    out.push(['… accessibility, best practices, SEO 100', others.join(', '), '', others.every((score) => score === 100)]);
    out.push(['… the document as sent within 1.3 × plain HTML\'s', `${kb(article.bytes.htmlTransfer)} (${htmlRatio.toFixed(2)} ×)`, `plain ${kb(plain.bytes.htmlTransfer)}`, htmlRatio <= 1.3]);
    out.push(['… JavaScript, as sent (reported)', `${kb(article.bytes.jsTransfer)} in ${article.bytes.jsFiles} files`, '', undefined]);
  }
  if (search) {
    const first = (engine: SearchEngine) => `${engine.queries[0].kb} KB, ${engine.queries[0].ms} ms`;
    const phrases = (engine: SearchEngine) => `${Math.round(engine.phrases.recall * 100)} % recall, ${engine.phrases.kb} KB, ${engine.phrases.ms} ms`;
    out.push([`search on ${thousands(search.articles)} articles, first query “${search.site.queries[0].query}” (site; Pagefind beside)`, first(search.site), `Pagefind ${first(search.Pagefind)}`, undefined]);
    out.push(['… exact phrases, a query on average', phrases(search.site), `Pagefind ${phrases(search.Pagefind)}`, undefined]);
  }
  if (serving) out.push(['serving an article: next start (nginx beside)', `${thousands(serving.next.requestsPerSecond)} req/s`, `nginx ${thousands(serving.nginx.requestsPerSecond)} req/s (${serving.ratio} ×)`, undefined]);
  if (exportSize) out.push([`static export of ${thousands(exportSize.articles)} articles on disk (reported)`, `${thousands(exportSize.mebibytes)} MiB, ${thousands(exportSize.files)} files`, '', undefined]);
  return out;
}

/** The summary as a Markdown table: target, this run's figure, the floor, met or not. */
export function summaryTable(results: BenchResults): string {
  const lines = ['| target | measured | floor / beside | met |', '| --- | --- | --- | --- |'];
  for (const [target, measured, floor, met] of rows(results)) lines.push(`| ${target} | ${measured} | ${floor} | ${met === undefined ? '' : met ? 'yes' : '**no**'} |`);
  return `${lines.join('\n')}\n`;
}
