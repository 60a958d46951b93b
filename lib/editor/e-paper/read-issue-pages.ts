import sharp from 'sharp';
import { type ArticlePage, readArticlePage } from './article-page';
import { type HtmlPage, all, decodeHtml, linkOf, parseHtml } from './html-text';
import { type LayoutPage, PageReadError, readLayoutPage } from './layout-page';
import { FetchError, type Fetched, type PageSource } from './page-source';
import { type PlatformAddress, isPaperFile, pageKey, platformAddress, sameIssue } from './platform-address';

/** The paper this site is: 民生周刊 on the platform. */
export const PAPER = 'mszk';

/** Everything an issue's pages hold, read and fetched, before anything is written. */
export type EPaperIssue = {
  start: PlatformAddress;
  date: string;
  issueNumber?: number;
  pages: IssuePageSource[];
  articles: IssueArticleSource[];
  /** Files that could not be fetched and were left out (only with `allowMissing`). */
  missing: ReadFailure[];
};

export type IssuePageSource = { layout: LayoutPage; scan?: FetchedImage; pdf?: Fetched };
export type IssueArticleSource = {
  page: LayoutPage;
  /** Its place in the page's list, from 1. */
  order: number;
  article: ArticlePage;
  /** Its outline on the scan in percent, the largest when the map has several. */
  area?: [number, number][];
  photos: Map<string, FetchedImage>;
};
export type FetchedImage = Fetched & { format: 'jpeg' | 'png' | 'webp'; width: number; height: number };
export type ReadFailure = { what: string; address: string; reason: string };

/** The whole import stops on these, naming every one. */
export class IssueReadError extends Error {
  constructor(readonly failures: ReadFailure[]) {
    super(failures.map((failure) => `${failure.what} (${failure.address}): ${failure.reason}`).join('\n'));
  }
}

const PLATFORM_EXAMPLE = 'http://paper.people.com.cn/mszk/pc/layout/202412/09/node_01.html';

/** A page that is not one of the platform's is refused before anything else is read. */
export function checkStartAddress(address: URL): PlatformAddress {
  const start = platformAddress(address);
  if (!start) throw new IssueReadError([{ what: 'the page given', address: address.href, reason: `is not a page of the e-paper platform; give a layout page like ${PLATFORM_EXAMPLE}` }]);
  if (start.paper !== PAPER) throw new IssueReadError([{ what: 'the page given', address: address.href, reason: `is of the platform's paper "${start.paper}", not 民生周刊 (${PAPER})` }]);
  return start;
}

async function imageOf(fetched: Fetched): Promise<FetchedImage> {
  let metadata;
  try {
    metadata = await sharp(fetched.bytes).metadata();
  } catch {
    throw new FetchError('is not an image');
  }
  const { format, width, height } = metadata;
  if (format === 'jpeg' || format === 'png' || format === 'webp') return { ...fetched, format, width, height };
  // A GIF or another kind becomes a PNG, which the site takes.
  const png = await sharp(fetched.bytes).png().toBuffer();
  return { bytes: png, contentType: 'image/png', format: 'png', width, height };
}

function pdfOf(fetched: Fetched): Fetched {
  if (!fetched.bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) throw new FetchError('is not a PDF');
  return fetched;
}

/** The polygon's area, for choosing the largest of an article's several. */
function polygonArea(corners: [number, number][]): number {
  return Math.abs(corners.reduce((sum, [x, y], index) => {
    const [nextX, nextY] = corners[(index + 1) % corners.length];
    return sum + x * nextY - nextX * y;
  }, 0)) / 2;
}

const toPercent = (value: number, size: number) => Math.round(Math.min(100, Math.max(0, (value / size) * 100)) * 100) / 100;

/** Corners in pixels of the displayed scan, as percent of it; the displayed size is the `<img>`'s, or the scan's own. */
function areaInPercent(corners: [number, number][], layout: LayoutPage, scan: FetchedImage): [number, number][] {
  const width = layout.scan?.displayedWidth ?? (layout.scan?.displayedHeight ? (layout.scan.displayedHeight * scan.width) / scan.height : scan.width);
  const height = layout.scan?.displayedHeight ?? (width * scan.height) / scan.width;
  return corners.map(([x, y]) => [toPercent(x, width), toPercent(y, height)]);
}

export type ReadOptions = { allowMissing?: boolean; log?: (line: string) => void };

/**
 * From one layout page, every page of its issue and every article: the pages' scans and PDFs and
 * the articles' photos fetched. It follows only pages of the same issue, and files of the paper on
 * the same host. Anything that cannot be read stops it, all such named at once.
 */
export async function readIssuePages(startAddress: URL, source: PageSource, { allowMissing = false, log = () => {} }: ReadOptions = {}): Promise<EPaperIssue> {
  const start = checkStartAddress(startAddress);
  const failures: ReadFailure[] = [];
  const missing: ReadFailure[] = [];
  const html = async (address: URL) => {
    const fetched = await source.fetch(address);
    return parseHtml(decodeHtml(fetched.bytes, fetched.contentType), address);
  };
  const attempt = async <T>(what: string, address: URL, read: () => Promise<T>, optional = false): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof FetchError || error instanceof PageReadError)) throw error;
      (optional && allowMissing ? missing : failures).push({ what, address: address.href, reason: error.message });
      return undefined;
    }
  };

  let first = start;
  let firstAddress = startAddress;
  if (start.kind === 'content') {
    // An article page links back to its page.
    const page = await attempt('the page given', startAddress, () => html(startAddress));
    const layout = page && findLayoutLink(page, start, source);
    if (!layout) throw new IssueReadError([...failures, { what: 'the page given', address: startAddress.href, reason: 'is an article page that links to no page of its issue; give a layout page (node_01.html)' }]);
    [firstAddress, first] = layout;
  }

  const layouts: LayoutPage[] = [];
  const queue = [firstAddress];
  const seen = new Set([pageKey(firstAddress)]);
  while (queue.length > 0) {
    const address = queue.shift();
    if (!address) break;
    const layout = await attempt('a layout page', address, async () => readLayoutPage(await html(address), (link) => source.localize(link)));
    if (!layout) {
      if (layouts.length === 0) throw new IssueReadError(failures);
      continue;
    }
    layouts.push(layout);
    for (const { address: linked } of layout.pages) {
      const target = platformAddress(linked);
      if (target && sameIssue(target, first) && !seen.has(pageKey(linked))) {
        seen.add(pageKey(linked));
        queue.push(linked);
      }
    }
  }
  layouts.sort((a, b) => a.page - b.page);
  const seenPages = new Map<number, LayoutPage>();
  for (const layout of layouts) {
    const other = seenPages.get(layout.page);
    if (other) failures.push({ what: `page ${layout.page}`, address: layout.address.href, reason: `has the same number as ${other.address.href}` });
    seenPages.set(layout.page, layout);
  }

  const pages: IssuePageSource[] = [];
  const articles: IssueArticleSource[] = [];
  const articleSeen = new Set<string>();
  for (const [index, layout] of layouts.entries()) {
    const label = `第${String(layout.page).padStart(2, '0')}版 ${layout.section}`;
    const paperFile = (address: URL | undefined) => {
      const local = address && source.localize(address);
      return local && isPaperFile(local, first) ? local : undefined;
    };
    const listed = layout.articles.map(({ address }) => address);
    const mapped = layout.areas.map(({ address }) => address).filter((address) => !listed.some((other) => pageKey(other) === pageKey(address)));
    const pageArticles: IssueArticleSource[] = [];
    for (const address of [...listed, ...mapped]) {
      if (articleSeen.has(pageKey(address))) continue;
      articleSeen.add(pageKey(address));
      const article = await attempt(`an article of ${label}`, address, async () => readArticlePage(await html(address)));
      if (article) pageArticles.push({ page: layout, order: pageArticles.length + 1, article, photos: new Map() });
    }
    const isCover = layout.page === 1 && pageArticles.length === 0;
    const scanAddress = paperFile(layout.scan?.address);
    const scan =
      scanAddress && (pageArticles.length > 0 || isCover)
        ? await attempt(`the scan of ${label}`, scanAddress, async () => imageOf(await source.fetch(scanAddress)), true)
        : undefined;
    const pdfAddress = paperFile(layout.pdf);
    const pdf = pdfAddress && pageArticles.length > 0 ? await attempt(`the PDF of ${label}`, pdfAddress, async () => pdfOf(await source.fetch(pdfAddress)), true) : undefined;
    for (const entry of pageArticles) {
      const own = layout.areas.filter(({ address }) => pageKey(address) === pageKey(entry.article.address));
      if (scan && own.length > 0) {
        const largest = own.reduce((best, area) => (polygonArea(area.corners) > polygonArea(best.corners) ? area : best));
        entry.area = areaInPercent(largest.corners, layout, scan);
      }
      const photoAddresses = [...entry.article.photos.map((photo) => photo.address), ...entry.article.blocks.flatMap((block) => (block.kind === 'photo' ? [block.photo.address] : []))];
      for (const address of photoAddresses) {
        const local = paperFile(address);
        if (!local) {
          failures.push({ what: `a photo of "${entry.article.title}"`, address: address.href, reason: 'is not a file of the paper on the platform' });
          continue;
        }
        const photo = await attempt(`a photo of "${entry.article.title}"`, local, async () => imageOf(await source.fetch(local)), true);
        if (photo) entry.photos.set(address.href, photo);
      }
    }
    pages.push({ layout, scan, pdf });
    articles.push(...pageArticles);
    const files = [scan && 'scan', pdf && 'PDF'].filter(Boolean).join(', ');
    log(`[${index + 1}/${layouts.length}] ${label}: ${pageArticles.length} article${pageArticles.length === 1 ? '' : 's'}${files ? `, ${files}` : ''}`);
  }
  if (failures.length > 0) throw new IssueReadError(failures);
  return { start: first, date: first.date, issueNumber: layouts.find((layout) => layout.issueNumber)?.issueNumber, pages, articles, missing };
}

function findLayoutLink(page: HtmlPage, start: PlatformAddress, source: PageSource): [URL, PlatformAddress] | undefined {
  for (const link of all(page.tree, 'a[href]')) {
    const address = linkOf(link, 'href', page.address);
    const local = address && source.localize(address);
    const target = local && platformAddress(local);
    if (local && target && target.kind === 'layout' && sameIssue(target, start)) return [local, target];
  }
  return undefined;
}
