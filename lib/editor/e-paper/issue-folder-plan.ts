import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Paragraph } from 'mdast';
import { bylineAuthors } from '../../content/byline';
import type { ArticleFrontMatter } from '../../content/front-matter-schema';
import { formatYaml, parseYaml, readFrontMatter } from '../../content/yaml-text';
import { formatArticleFile } from '../article-file';
import { blocksToMarkdown } from '../markdown-blocks';
import { slugFromTitle } from '../slug';
import type { ArticleBlock } from './article-page';
import type { EPaperIssue, IssueArticleSource } from './read-issue-pages';
import { articleId, platformAddress } from './platform-address';

/** One file of the issue folder as the import would write it. */
export type PlannedFile = {
  /** Relative to the issue folder, with `/`. */
  path: string;
  content: Buffer;
  /**
   * What is there now: nothing; the same bytes; what an earlier import wrote, since changed on the
   * e-paper (`updated`); or a file edited since it was imported, or written by hand (`edited`).
   */
  status: 'new' | 'unchanged' | 'updated' | 'edited';
  /** What the file is, for the editor: `article "标题"`, `scan of page 2`. */
  describe: string;
};

export type IssueFolderPlan = {
  date: string;
  folder: string;
  files: PlannedFile[];
  notes: string[];
  /** What the last import wrote: each file's SHA-256, to tell the e-paper's changes from an editor's. */
  record: ImportRecord;
};

/** `.imported.json` in the issue folder (a dot file: the site never reads it). */
export const IMPORT_RECORD_FILE = '.imported.json';
export type ImportRecord = Record<string, string>;

export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

function readImportRecord(folder: string): ImportRecord {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path.join(folder, IMPORT_RECORD_FILE), 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

const CREDIT_WORDS = '(?:摄影?|供图|提供|新华社发|资料图片?|图片来源[:：]\\s*\\S+)';
/** `（《民生周刊》记者 罗燕/摄）` at the end, brackets and all. */
const CREDIT_IN_BRACKETS = new RegExp(`^(.*?)[（(]([^（）()]*${CREDIT_WORDS})[）)]$`, 'u');
/** `许宁 摄`, `新华社发` at the end: a name of a few characters at most before the word. */
const CREDIT_AT_END = new RegExp(`^(.*?)[\\s\\u3000]*((?:[^\\s（）()。，！？]{1,24}[\\s\\u3000]*[/／]?[\\s\\u3000]*)?${CREDIT_WORDS})$`, 'u');

/** `社区食堂里，老人们在用午餐。 许宁 摄` → the caption and the credit `许宁 摄`. */
export function splitPhotoCredit(text: string): { caption: string; credit?: string } {
  const trimmed = text.trim();
  const match = CREDIT_IN_BRACKETS.exec(trimmed) ?? CREDIT_AT_END.exec(trimmed);
  if (!match) return { caption: trimmed };
  return { caption: match[1].trim(), credit: match[2].trim() };
}

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

/** The slugs the articles keep: an earlier import's (found by the platform's id in `source`), else the title's, made unique. */
function chooseSlugs(folder: string, articles: IssueArticleSource[]): Map<IssueArticleSource, string> {
  const byId = new Map<string, string>();
  const taken = new Set<string>();
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      const slug = name.slice(0, -3);
      taken.add(slug);
      try {
        const source = readFrontMatter(readFileSync(path.join(folder, name), 'utf8')).data.source;
        const address = typeof source === 'string' ? platformAddress(new URL(source)) : undefined;
        if (address?.kind === 'content') byId.set(`${address.paper}/${articleId(address)}`, slug);
      } catch {
        // A file that does not read is left to `npm run check`; its name stays taken.
      }
    }
  }
  const slugs = new Map<IssueArticleSource, string>();
  for (const entry of articles) {
    const address = platformAddress(entry.article.address);
    const known = address && byId.get(`${address.paper}/${articleId(address)}`);
    if (known) {
      slugs.set(entry, known);
      continue;
    }
    const base = slugFromTitle(entry.article.title);
    let slug = base;
    for (let n = 2; taken.has(slug) || slug === 'pages'; n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(entry, slug);
  }
  return slugs;
}

/** The address the article is kept under: the platform's, also for a saved copy (whose file path says nothing to a reader). */
export function canonicalSource(address: URL): string {
  if (address.protocol !== 'file:') return address.href;
  const platform = platformAddress(address);
  const at = platform ? address.pathname.lastIndexOf(`/${platform.paper}/`) : -1;
  return at === -1 ? address.href : `http://paper.people.com.cn${address.pathname.slice(at)}`;
}

function articleText(entry: IssueArticleSource, photoPath: (address: URL) => string | undefined): { frontMatter: ArticleFrontMatter; body: string } {
  const { article, page, order, area } = entry;
  const photoBlock = (address: URL, printed: string): Paragraph | undefined => {
    const file = photoPath(address);
    if (!file) return undefined;
    const { caption, credit } = splitPhotoCredit(printed);
    return { type: 'paragraph', children: [{ type: 'image', url: file, alt: caption || `${article.title}（配图）`, title: credit ?? null }] };
  };
  const markdownBlocks: (Paragraph | Heading)[] = [];
  for (const photo of article.photos) {
    const block = photoBlock(photo.address, photo.caption);
    if (block) markdownBlocks.push(block);
  }
  for (const block of article.blocks satisfies ArticleBlock[]) {
    if (block.kind === 'photo') {
      const photo = photoBlock(block.photo.address, block.photo.caption);
      if (photo) markdownBlocks.push(photo);
    } else {
      const children = [{ type: 'text' as const, value: block.text }];
      markdownBlocks.push(block.kind === 'subheading' ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children });
    }
  }
  const frontMatter: ArticleFrontMatter = {
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    byline: article.byline,
    authors: bylineAuthors(article.byline ?? ''),
    section: page.section,
    page: page.page,
    order,
    area,
    source: canonicalSource(article.address),
  };
  return { frontMatter, body: blocksToMarkdown(markdownBlocks) };
}

const pad = (page: number) => String(page).padStart(2, '0');

/** `issue.yaml`: what the pages say (期号, the cover's description), under what an editor wrote there, which wins. */
function issueMetadata(folder: string, issue: EPaperIssue, hasCover: boolean): Buffer | undefined {
  const file = path.join(folder, 'issue.yaml');
  let existing: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      const parsed = parseYaml(readFileSync(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) existing = Object.fromEntries(Object.entries(parsed));
    } catch {
      return undefined;
    }
  }
  const [year, month, day] = issue.date.split('-').map(Number);
  const found: Record<string, unknown> = {};
  if (issue.issueNumber !== undefined) found.number = issue.issueNumber;
  if (hasCover) found.coverAlt = issue.issueNumber !== undefined ? `《民生周刊》${year}年第${issue.issueNumber}期封面` : `《民生周刊》${year}年${month}月${day}日封面`;
  const fields = { ...found, ...existing };
  return Object.keys(fields).length > 0 ? Buffer.from(formatYaml(fields)) : undefined;
}

/**
 * What the issue folder `<contentDir>/<date>/` holds after an import: each article as Markdown with
 * its photos in `images/`, each page's scan and PDF in `pages/`, the first page as the cover when it
 * holds no article, and `issue.yaml`; each file compared with what is there now.
 */
export function planIssueFolder(issue: EPaperIssue, contentDir: string): IssueFolderPlan {
  const folder = path.join(contentDir, issue.date);
  const notes: string[] = issue.missing.map((failure) => `left out ${failure.what}: ${failure.reason}`);
  const planned: Omit<PlannedFile, 'status'>[] = [];
  const slugs = chooseSlugs(folder, issue.articles);

  for (const entry of issue.articles) {
    const slug = slugs.get(entry) ?? slugFromTitle(entry.article.title);
    const photoPaths = new Map<string, string>();
    let count = 0;
    for (const [href, photo] of entry.photos) {
      const file = `images/${slug}-${++count}.${EXTENSIONS[photo.format]}`;
      photoPaths.set(href, file);
      planned.push({ path: file, content: photo.bytes, describe: `photo ${count} of "${entry.article.title}"` });
    }
    const { frontMatter, body } = articleText(entry, (address) => photoPaths.get(address.href));
    if (entry.article.date !== undefined && entry.article.date !== issue.date) {
      notes.push(`"${entry.article.title}" says it is of ${entry.article.date}; it is imported into the issue of ${issue.date}, where its page is`);
    }
    if (entry.article.page !== undefined && entry.article.page !== entry.page.page) {
      notes.push(`"${entry.article.title}" says it is on page ${entry.article.page}; it is listed on page ${entry.page.page}, where it is imported`);
    }
    planned.push({ path: `${slug}.md`, content: Buffer.from(formatArticleFile(frontMatter, body)), describe: `article "${entry.article.title}" (page ${entry.page.page})` });
  }

  let hasCover = false;
  for (const { layout, scan, pdf } of issue.pages) {
    const articles = issue.articles.filter((entry) => entry.page === layout).length;
    if (articles === 0 && layout.page === 1 && scan) {
      hasCover = true;
      planned.push({ path: `cover.${EXTENSIONS[scan.format]}`, content: scan.bytes, describe: `cover (the scan of page 1, ${layout.section})` });
      continue;
    }
    if (articles === 0) {
      notes.push(`page ${layout.page} (${layout.section}) holds no article: its scan and PDF are left out`);
      continue;
    }
    if (scan) planned.push({ path: `pages/${pad(layout.page)}.${EXTENSIONS[scan.format]}`, content: scan.bytes, describe: `scan of page ${layout.page}` });
    if (pdf) planned.push({ path: `pages/${pad(layout.page)}.pdf`, content: pdf.bytes, describe: `PDF of page ${layout.page}` });
  }
  const metadata = issueMetadata(folder, issue, hasCover);
  if (metadata) planned.push({ path: 'issue.yaml', content: metadata, describe: 'issue.yaml' });

  const record = readImportRecord(folder);
  const files = planned.map((file): PlannedFile => {
    const target = path.join(folder, file.path);
    if (!existsSync(target)) return { ...file, status: 'new' };
    const present = readFileSync(target);
    if (present.equals(file.content)) return { ...file, status: 'unchanged' };
    return { ...file, status: record[file.path] === sha256(present) ? 'updated' : 'edited' };
  });
  return { date: issue.date, folder, files, notes, record };
}
