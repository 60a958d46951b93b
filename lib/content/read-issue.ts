import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { groupBy } from '../group-by';
import { displayPath } from './display-path';
import { ISSUE_METADATA_FIELDS, type IssueMetadata, issueMetadataSchema } from './front-matter-schema';
import { lineOfKey, schemaProblems, yamlErrorProblems } from './front-matter-problems';
import type { IssueDate } from './issue-date';
import type { Article, Issue, IssuePage } from './model';
import type { ContentReport } from './problems';
import type { ArticleFileMemo } from './article-file-memo';
import { IssuePhotos } from './photos';
import { type ParsedArticle, buildArticle, photoReferences, readArticle } from './read-article';
import { readTextFile } from './read-text-file';
import { parseYaml } from './yaml-text';
import { COVER, type ImageFile, PAGES_FOLDER, type PrintFiles, readImage, readPagesFolder } from './print-files';

export const ISSUE_METADATA_FILE = 'issue.yaml';
/** Slugs an article cannot have, because a route of the issue uses them: `/issues/<date>/pages/05`. */
export const RESERVED_SLUGS = ['pages'];
const ARTICLE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
/** Markdown files that are not named `.md` would otherwise be skipped without a word. */
const OTHER_MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd)$/i;

function readIssueMetadata(file: string, report: ContentReport): IssueMetadata {
  const shown = displayPath(file);
  const read = readTextFile(file);
  if ('invalidUtf8Line' in read) {
    report.error({ file: shown, line: read.invalidUtf8Line, field: 'file', message: 'is not UTF-8 text; save it as UTF-8' });
    return {};
  }
  const raw = read.text;
  let data: unknown;
  try {
    data = parseYaml(raw) ?? {};
  } catch (error) {
    const problems = yamlErrorProblems(error);
    if (!problems) throw error;
    for (const problem of problems) report.error({ file: shown, field: 'issue metadata', ...problem });
    return {};
  }
  const result = issueMetadataSchema.safeParse(data);
  if (result.success) return result.data;
  for (const problem of schemaProblems(shown, result.error.issues, ISSUE_METADATA_FIELDS, (key) => lineOfKey(raw, key))) {
    report.error(problem);
  }
  return {};
}

/** Groups an issue's articles into pages, each page with one section and its articles in order. */
function arrangePages(parsed: ParsedArticle[], report: ContentReport): Map<number, ParsedArticle[]> {
  const pages = groupBy(parsed, (article) => article.page);
  for (const [page, articles] of pages) {
    const [first] = articles;
    for (const article of articles.slice(1)) {
      if (article.section !== first.section) {
        report.error({
          file: article.file,
          field: 'section',
          message: `"${article.section}" differs from "${first.section}" of ${first.fileName}; all articles on page ${page} share one section`,
        });
      }
    }
    const byOrder = new Map<number, ParsedArticle>();
    for (const article of articles) {
      if (article.order === undefined) continue;
      const other = byOrder.get(article.order);
      if (other) {
        report.error({ file: article.file, field: 'order', message: `${article.order} is also the order of ${other.fileName} on page ${page}` });
      }
      byOrder.set(article.order, article);
    }
    articles.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.fileName.localeCompare(b.fileName));
  }
  return new Map([...pages].sort(([a], [b]) => a - b));
}

/** What an entry is, following a symbolic link only where it stays inside the content folder. */
export function entryKind(folder: string, entry: Dirent, contentRoot: string, report: ContentReport): 'file' | 'directory' | 'other' {
  if (!entry.isSymbolicLink()) return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other';
  const link = path.join(folder, entry.name);
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    report.error({ file: displayPath(link), field: 'file', message: 'is a symbolic link to nothing' });
    return 'other';
  }
  if (target !== contentRoot && !target.startsWith(contentRoot + path.sep)) {
    report.error({ file: displayPath(link), field: 'file', message: 'is a symbolic link to a place outside the content folder; refused' });
    return 'other';
  }
  const stat = statSync(target);
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
}

/** One issue folder: its metadata and its valid articles arranged into pages; undefined without any. */
export function loadIssue(
  folder: string,
  date: IssueDate,
  scheduled: boolean,
  contentRoot: string,
  report: ContentReport,
  memo?: ArticleFileMemo,
): { issue: Issue; articles: Article[] } | undefined {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  let metadata: IssueMetadata = {};
  const parsed: ParsedArticle[] = [];
  let markdownFiles = 0;
  let print: PrintFiles = { scans: new Map(), pdfs: new Map() };
  let coverImage: ImageFile | undefined;
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.name.startsWith('.')) continue;
    const kind = entryKind(folder, entry, contentRoot, report);
    if (kind === 'directory' && entry.name === PAGES_FOLDER) print = readPagesFolder(file, report);
    if (kind !== 'file') continue;
    if (entry.name === ISSUE_METADATA_FILE) {
      metadata = readIssueMetadata(file, report);
      continue;
    }
    if (COVER.test(entry.name)) {
      coverImage = readImage(file, report);
      continue;
    }
    if (!OTHER_MARKDOWN_FILE.test(entry.name)) continue;
    markdownFiles++;
    if (!ARTICLE_FILE.test(entry.name)) {
      report.error({
        file: displayPath(file),
        field: 'file name',
        message: 'must be the URL slug: ASCII lower-case letters, digits and "-", ending in .md',
      });
    } else if (RESERVED_SLUGS.includes(entry.name.slice(0, -'.md'.length))) {
      report.error({
        file: displayPath(file),
        field: 'file name',
        message: `"${entry.name.slice(0, -'.md'.length)}" is reserved for the issue's page views (/issues/${date}/pages/05); choose another name`,
      });
    } else {
      const article = memo ? memo.read(file, entry.name, report) : readArticle(file, entry.name, report);
      if (article) parsed.push(article);
    }
  }
  if (markdownFiles === 0) report.warn({ file: displayPath(folder), field: 'folder', message: 'holds no articles; the issue is not published' });
  if (parsed.length === 0) return undefined;

  const arranged = arrangePages(parsed, report);
  checkPrintFiles(folder, arranged, print, coverImage !== undefined && metadata.coverAlt === undefined, report);
  const issuePhotos = new IssuePhotos(folder, contentRoot);
  const pages: IssuePage[] = [];
  const articles: Article[] = [];
  for (const [page, pageArticles] of arranged) {
    const built = pageArticles.map((article, index) => {
      const photos = issuePhotos.resolve(photoReferences(article), article.file, article.bodyLineOffset, report);
      return memo ? memo.build(article, date, index + 1, photos) : buildArticle(article, date, index + 1, photos);
    });
    articles.push(...built);
    pages.push({
      page,
      section: pageArticles[0].section,
      articles: built.map(({ body: _body, blocks: _blocks, subheadings: _subheadings, ...summary }) => summary),
      scan: print.scans.get(page),
      pdf: print.pdfs.get(page),
    });
  }
  if (report.collectsWarnings) issuePhotos.reportUnused(report);
  return { issue: { ...metadata, date, pages, articleCount: articles.length, scheduled, coverImage }, articles };
}

/** Scans and PDFs belong to pages with articles; an `area` needs its page's scan; a cover needs its description. */
function checkPrintFiles(
  folder: string,
  pages: Map<number, ParsedArticle[]>,
  print: Pick<PrintFiles, 'scans' | 'pdfs'>,
  coverWithoutAlt: boolean,
  report: ContentReport,
): void {
  for (const [page, file] of [...print.scans, ...print.pdfs].map(([number, found]): [number, string] => [number, found.file])) {
    if (!pages.has(page)) report.error({ file: displayPath(file), field: 'file name', message: `page ${page} has no articles in this issue` });
  }
  for (const [page, articles] of pages) {
    for (const article of articles) {
      if (article.area && !print.scans.has(page)) {
        report.error({ file: article.file, field: 'area', message: `page ${page} has no scan; add ${PAGES_FOLDER}/${String(page).padStart(2, '0')}.jpg or remove the area` });
      }
    }
  }
  if (coverWithoutAlt) {
    report.error({ file: displayPath(path.join(folder, ISSUE_METADATA_FILE)), field: 'coverAlt', message: 'is required when there is a cover: say what the cover shows' });
  }
}
