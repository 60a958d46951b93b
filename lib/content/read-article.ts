import { ARTICLE_FIELDS, type ArticleFrontMatter, articleFrontMatterSchema } from './front-matter-schema';
import { lineOfKey, schemaProblems, yamlErrorProblems } from './front-matter-problems';
import type { IssueDate } from './issue-date';
import { displayPath } from './display-path';
import { formatSourceLine } from './labels';
import { type BodyPart, type PhotoReference, type RenderedBody, readingMinutes, renderBody, summarize } from './markdown';
import type { Photo } from './photos';
import type { Article } from './model';
import type { ContentReport } from './problems';
import { decodeTextFile, readTextFile } from './read-text-file';
import { readFrontMatter } from './yaml-text';

/** Front-matter fields whose text is checked for Chinese punctuation problems. */
const TEXT_FIELDS = ['kicker', 'title', 'subtitle'] as const;

/** An article file read and validated, before its place in the issue is known. */
export type ParsedArticle = ArticleFrontMatter & {
  slug: string;
  fileName: string;
  file: string;
  body: RenderedBody;
  /** What to add to a line of the body to get its line in the file. */
  bodyLineOffset: number;
};

/**
 * Reads one article file (or parses its `bytes`, already read): its front matter and body, with
 * every problem found in the file alone.
 */
export function readArticle(file: string, fileName: string, report: ContentReport, bytes?: Buffer): ParsedArticle | undefined {
  const shown = displayPath(file);
  const read = bytes ? decodeTextFile(bytes) : readTextFile(file);
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
  const bodyLineOffset = frontMatterText.split('\n').length - 1;
  const bodyLine = (line: number) => line + bodyLineOffset;
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
  for (const line of body.misplacedPhotoLines) {
    report.error({ file: shown, line: bodyLine(line), field: 'photo', message: 'must stand on a line of its own, between paragraphs: ![图说](images/x.jpg "摄影")' });
  }

  if (report.collectsWarnings) warnAboutText(shown, frontMatterText, result.data, body, bodyLine, report);
  if (body.levelOneHeadingLines.length > 0 || body.blocks.length === 0 || body.misplacedPhotoLines.length > 0) return undefined;
  return { ...result.data, slug: fileName.slice(0, -'.md'.length), fileName, file: shown, body, bodyLineOffset };
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
    for (const message of report.lintText(frontMatter[field] ?? '')) {
      report.warn({ file: shown, line: lineOfKey(frontMatterText, field), field, message });
    }
  }
  for (const block of body.blocks) {
    for (const message of report.lintText(block.text)) report.warn({ file: shown, line: bodyLine(block.line), field: 'body', message });
  }
}

/** The references to photos in an article's body, in reading order. */
export function photoReferences(parsed: ParsedArticle): PhotoReference[] {
  return parsed.body.parts.flatMap((part) => (part.kind === 'photo' ? [part.photo] : []));
}

/**
 * The article as the site shows it, once its position on its page and its photos are known
 * (a photo that could not be read is left out; its problem stops the build).
 */
export function buildArticle(parsed: ParsedArticle, date: IssueDate, order: number, photos: ReadonlyMap<PhotoReference, Photo>): Article {
  const { slug, fileName: _fileName, file: _file, body, bodyLineOffset: _offset, order: _order, ...frontMatter } = parsed;
  const parts = body.parts.flatMap((part): BodyPart<Photo>[] => {
    if (part.kind === 'html') return [part];
    const photo = photos.get(part.photo);
    return photo ? [{ kind: 'photo', photo }] : [];
  });
  const sourceLine = formatSourceLine(date, frontMatter.page);
  return {
    ...frontMatter,
    slug,
    date,
    order,
    sourceLine,
    summary: summarize(body.blocks),
    readingMinutes: readingMinutes(body.blocks.map((block) => block.text).join('\n')),
    leadPhoto: parts.flatMap((part) => (part.kind === 'photo' ? [part.photo] : []))[0],
    body: parts,
    blocks: body.blocks,
    subheadings: body.subheadings,
  };
}
