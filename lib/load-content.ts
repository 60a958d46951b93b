import { type Dirent, appendFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { displayPath } from './display-path';
import { groupBy } from './group-by';
import { readTextFile } from './read-text-file';
import { ContentError, type ContentProblem, ContentReport, nearestName } from './content-problems';
import {
  ARTICLE_FIELDS,
  ISSUE_METADATA_FIELDS,
  type ArticleFrontMatter,
  type IssueMetadata,
  articleFrontMatterSchema,
  issueMetadataSchema,
} from './front-matter-schema';
import { type IssueDate, isIssueDate } from './issue-date';
import { isScheduled } from './publication';
import { sectionSlug } from './section-slug';
import { formatSourceLine } from './labels';
import { type BodyBlock, type RenderedBody, type Subheading, readingMinutes, renderBody, summarize } from './markdown';
import { chineseTextWarnings } from './text-warnings';
import { YamlSyntaxError, parseYaml, readFrontMatter } from './yaml-text';

export type ArticleSummary = Omit<ArticleFrontMatter, 'order'> & {
  slug: string;
  date: IssueDate;
  /** Position on its page, from 1, after sorting. */
  order: number;
  /** `《民生周刊》（2024年12月09日 第05版）` */
  sourceLine: string;
  summary: string;
  readingMinutes: number;
};

export type Article = ArticleSummary & {
  /** Sanitized HTML of the body. */
  html: string;
  blocks: BodyBlock[];
  subheadings: Subheading[];
  /** The whole article as plain text, as 全文复制 copies it. */
  copyText: string;
};

export type IssuePage = { page: number; section: string; articles: ArticleSummary[] };

export type Issue = IssueMetadata & {
  date: IssueDate;
  pages: IssuePage[];
  articleCount: number;
  /** Dated after the publication cut-off: in the index only for the editors' preview. */
  scheduled: boolean;
};

export type ContentIndex = {
  /** Newest first. */
  issues: Issue[];
  /** Keyed by `<date>/<slug>`. */
  articles: ReadonlyMap<string, Article>;
  /** Slugs of each issue's articles in reading order (page, then order). */
  readingOrder: ReadonlyMap<IssueDate, readonly string[]>;
  /** Each column's articles across all issues, newest issue first, in reading order within one. */
  sections: ReadonlyMap<string, readonly ArticleSummary[]>;
};

export const ISSUE_METADATA_FILE = 'issue.yaml';
/** Slugs an article cannot have, because a route of the issue uses them: `/issues/<date>/pages/05`. */
export const RESERVED_SLUGS = ['pages'];
const ARTICLE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
/** Markdown files that are not named `.md` would otherwise be skipped without a word. */
const OTHER_MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd)$/i;
/** Front-matter fields whose text is checked for Chinese punctuation problems. */
const TEXT_FIELDS = ['kicker', 'title', 'subtitle'] as const;

export const articleKey = (date: IssueDate, slug: string) => `${date}/${slug}`;

/** 1-based line of a top-level YAML `key:` in `text`. */
function lineOfKey(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index === -1 ? undefined : index + 1;
}

/** Every problem of a YAML syntax error, each with its line; undefined for other errors. */
function yamlErrorProblems(error: unknown): { line?: number; message: string }[] | undefined {
  if (!(error instanceof YamlSyntaxError)) return undefined;
  return error.problems.map(({ line, message }) => ({ line, message: `not valid YAML: ${message}` }));
}

function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  validFields: readonly string[],
  lineOf: (key: string) => number | undefined,
): ContentProblem[] {
  const problems = issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = nearestName(key, validFields);
        const hint =
          key === 'date'
            ? '; the issue date comes from the folder name'
            : suggestion
              ? `; did you mean "${suggestion}"?`
              : `; valid fields are ${validFields.join(', ')}`;
        return { file, line: lineOf(key), field: key, message: `unknown field${hint}` };
      });
    }
    const [field, ...rest] = issue.path.map(String);
    const item = rest.length > 0 && /^\d+$/.test(rest[0]) ? `item ${Number(rest[0]) + 1} ` : '';
    return [{ file, line: field ? lineOf(field) : undefined, field: field ?? 'front matter', message: item + issue.message }];
  });
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

type ParsedArticle = ArticleFrontMatter & { slug: string; fileName: string; file: string; body: RenderedBody };

/** Reads one article file: its front matter and body, with every problem found in the file alone. */
/**
 * With CONTENT_READ_LOG set, every article file read is appended to that file as `<pid>\t<path>`:
 * the benchmark and a test use it to prove each file is read once per build process.
 */
function logRead(file: string): void {
  const log = process.env.CONTENT_READ_LOG;
  if (log) appendFileSync(log, `${process.pid}\t${path.resolve(file)}\n`);
}

function readArticle(file: string, fileName: string, report: ContentReport): ParsedArticle | undefined {
  const shown = displayPath(file);
  logRead(file);
  const read = readTextFile(file);
  if ('invalidUtf8Line' in read) {
    report.error({ file: shown, line: read.invalidUtf8Line, field: 'file', message: 'is not UTF-8 text; save it as UTF-8' });
    return undefined;
  }
  const raw = read.text;
  if (raw.trim() === '') {
    report.error({ file: shown, field: 'file', message: 'is empty' });
    return undefined;
  }
  if (!raw.startsWith('---\n')) {
    report.error({ file: shown, line: 1, field: 'front matter', message: 'missing: the file must start with a line "---"' });
    return undefined;
  }
  let parsed: ReturnType<typeof readFrontMatter>;
  try {
    parsed = readFrontMatter(raw);
  } catch (error) {
    const problems = yamlErrorProblems(error);
    if (!problems) throw error;
    for (const problem of problems) report.error({ file: shown, field: 'front matter', ...problem });
    return undefined;
  }
  const frontMatterText = raw.slice(0, raw.length - parsed.content.length);
  const bodyLine = (line: number) => frontMatterText.split('\n').length + line - 1;
  const result = articleFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const problem of schemaProblems(shown, result.error.issues, ARTICLE_FIELDS, (key) => lineOfKey(frontMatterText, key))) {
      report.error(problem);
    }
    return undefined;
  }

  const body = renderBody(parsed.content);
  for (const line of body.levelOneHeadingLines) {
    report.error({ file: shown, line: bodyLine(line), field: 'body', message: 'use "## " for subheadings; "# " is the title\'s level' });
  }
  if (body.blocks.length === 0) report.error({ file: shown, field: 'body', message: 'is empty' });

  if (report.collectsWarnings) warnAboutText(shown, frontMatterText, result.data, body, bodyLine, report);
  if (body.levelOneHeadingLines.length > 0 || body.blocks.length === 0) return undefined;
  return { ...result.data, slug: fileName.slice(0, -'.md'.length), fileName, file: shown, body };
}

/** Raw HTML that will be dropped, and Chinese punctuation worth a look. */
function warnAboutText(
  shown: string,
  frontMatterText: string,
  frontMatter: ArticleFrontMatter,
  body: RenderedBody,
  bodyLine: (line: number) => number,
  report: ContentReport,
): void {
  for (const line of body.rawHtmlLines) {
    report.warn({ file: shown, line: bodyLine(line), field: 'body', message: 'raw HTML is removed when published' });
  }
  for (const field of TEXT_FIELDS) {
    for (const message of chineseTextWarnings(frontMatter[field] ?? '')) {
      report.warn({ file: shown, line: lineOfKey(frontMatterText, field), field, message });
    }
  }
  for (const block of body.blocks) {
    for (const message of chineseTextWarnings(block.text)) report.warn({ file: shown, line: bodyLine(block.line), field: 'body', message });
  }
}

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

function buildArticle(parsed: ParsedArticle, date: IssueDate, order: number): Article {
  const { slug, fileName: _fileName, file: _file, body, order: _order, ...frontMatter } = parsed;
  const sourceLine = formatSourceLine(date, frontMatter.page);
  const headerLines = [frontMatter.kicker, frontMatter.title, frontMatter.subtitle, frontMatter.byline, sourceLine];
  const copyText = [
    ...headerLines.filter((line) => line !== undefined),
    '',
    ...body.blocks.map((block) => block.text),
  ].join('\n');
  return {
    ...frontMatter,
    slug,
    date,
    order,
    sourceLine,
    summary: summarize(body.blocks),
    readingMinutes: readingMinutes(body.blocks.map((block) => block.text).join('\n')),
    html: body.html,
    blocks: body.blocks,
    subheadings: body.subheadings,
    copyText,
  };
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
function entryKind(folder: string, entry: Dirent, contentRoot: string, report: ContentReport): 'file' | 'directory' | 'other' {
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

function loadIssue(
  folder: string,
  date: IssueDate,
  scheduled: boolean,
  contentRoot: string,
  report: ContentReport,
): { issue: Issue; articles: Article[] } | undefined {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  let metadata: IssueMetadata = {};
  const parsed: ParsedArticle[] = [];
  let markdownFiles = 0;
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.name.startsWith('.') || entryKind(folder, entry, contentRoot, report) !== 'file') continue;
    if (entry.name === ISSUE_METADATA_FILE) {
      metadata = readIssueMetadata(file, report);
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
      const article = readArticle(file, entry.name, report);
      if (article) parsed.push(article);
    }
  }
  if (markdownFiles === 0) report.warn({ file: displayPath(folder), field: 'folder', message: 'holds no articles; the issue is not published' });
  if (parsed.length === 0) return undefined;

  const pages: IssuePage[] = [];
  const articles: Article[] = [];
  for (const [page, pageArticles] of arrangePages(parsed, report)) {
    const built = pageArticles.map((article, index) => buildArticle(article, date, index + 1));
    articles.push(...built);
    pages.push({
      page,
      section: pageArticles[0].section,
      articles: built.map(({ html: _html, blocks: _blocks, subheadings: _subheadings, copyText: _copyText, ...summary }) => summary),
    });
  }
  return { issue: { ...metadata, date, pages, articleCount: articles.length, scheduled }, articles };
}

export type ContentValidation = {
  index: ContentIndex;
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Dates of the issue folders after the cut-off, oldest first. */
  scheduled: IssueDate[];
};

export type ValidationOptions = {
  /** Report warnings too (editors' check); the build leaves them out. */
  warnings?: boolean;
  /** The last issue date published; later issues are scheduled. Without it, every issue is published. */
  publishUntil?: IssueDate;
  /** Scheduled issues are read and kept in the index, marked (`preview`), or not read at all (`omit`). */
  scheduled?: 'preview' | 'omit';
};

/**
 * Reads every issue under `contentDir` and reports every error (and, unless turned off, every
 * warning); `index` holds what is valid.
 */
export function validateContent(
  contentDir: string,
  { warnings = true, publishUntil, scheduled: scheduledIssues = 'preview' }: ValidationOptions = {},
): ContentValidation {
  const report = new ContentReport(warnings);
  const issues: Issue[] = [];
  const scheduled: IssueDate[] = [];
  const articles = new Map<string, Article>();
  const readingOrder = new Map<IssueDate, string[]>();
  const result = (): ContentValidation => ({
    index: {
      issues,
      articles,
      readingOrder,
      sections: groupBy(
        issues.flatMap((issue) => issue.pages.flatMap((page) => page.articles)),
        (article) => article.section,
      ),
    },
    errors: report.errors,
    warnings: report.warnings,
    scheduled: scheduled.reverse(),
  });

  let entries;
  let contentRoot: string;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
    contentRoot = realpathSync(contentDir);
  } catch (error) {
    report.error({ file: displayPath(contentDir), field: 'folder', message: `cannot be read (${String(error)})` });
    return result();
  }
  for (const entry of entries.sort((a, b) => b.name.localeCompare(a.name))) {
    if (entry.name.startsWith('.') || entryKind(contentDir, entry, contentRoot, report) !== 'directory') continue;
    const folder = path.join(contentDir, entry.name);
    if (!isIssueDate(entry.name)) {
      report.error({ file: displayPath(folder), field: 'folder name', message: 'must be a real issue date written YYYY-MM-DD' });
      continue;
    }
    const isLater = publishUntil !== undefined && isScheduled(entry.name, publishUntil);
    if (isLater) scheduled.push(entry.name);
    if (isLater && scheduledIssues === 'omit') continue;
    const loaded = loadIssue(folder, entry.name, isLater, contentRoot, report);
    if (!loaded) continue;
    issues.push(loaded.issue);
    readingOrder.set(entry.name, loaded.articles.map((article) => article.slug));
    for (const article of loaded.articles) articles.set(articleKey(article.date, article.slug), article);
  }
  reportSharedSectionAddresses(contentDir, result().index, report);
  return result();
}

/** Two column names whose URL segments meet (`城市-乡村-5e1c8f0a` typed as a name) would share a page. */
function reportSharedSectionAddresses(contentDir: string, index: ContentIndex, report: ContentReport): void {
  const bySlug = new Map<string, string>();
  for (const [name, [article]] of index.sections) {
    const slug = sectionSlug(name);
    const other = bySlug.get(slug);
    if (other === undefined) {
      bySlug.set(slug, name);
      continue;
    }
    report.error({
      file: displayPath(path.join(contentDir, article.date, `${article.slug}.md`)),
      field: 'section',
      message: `"${name}" and "${other}" would share the address /sections/${slug}; rename one of the columns`,
    });
  }
}

/**
 * The content index for the site: the issues up to `publishUntil`, and with `preview` the scheduled
 * ones too, marked. Throws a ContentError listing every error, so nothing is published half-valid.
 * Scheduled issues are not read for a published site: a draft of next week's issue never stops
 * this week's build (`npm run check` reads them).
 */
export function loadContent(contentDir: string, { publishUntil, preview = false }: { publishUntil?: IssueDate; preview?: boolean } = {}): ContentIndex {
  const { index, errors } = validateContent(contentDir, { warnings: false, publishUntil, scheduled: preview ? 'preview' : 'omit' });
  if (errors.length > 0) throw new ContentError(errors);
  return index;
}
