import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import { bylineAuthors } from '../content/byline';
import type { ArticleFrontMatter } from '../content/front-matter-schema';
import { type IssueDate, formatIssueDate, isIssueDate, issueWeekday, weekdayIndex } from '../content/issue-date';
import { blocksToMarkdown } from './markdown-blocks';
import { toFullWidthPunctuation } from './punctuation';
import { SITE_NAME } from '../site';

/**
 * Reads a text capture of the e-paper's article view:
 *
 *   [a stray first line]
 *   深度聚焦                                    section (栏目)
 *   民生周刊 2024年12月09日 Mon                  date line
 *   返回目录 放大 缩小 全文复制                  controls, dropped
 *   引题 / 主标题 / 副题                         one to three heading lines
 *   《民生周刊》全媒体记者 罗燕 《民生周刊》(2024年12月09日 第 05版)   byline and source line
 *       body paragraphs, indented with non-breaking spaces
 */

export class CaptureError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CaptureError';
  }
}

export type CaptureOptions = {
  /** Read two heading lines as title and subtitle instead of kicker and title. */
  twoHeadingsAreTitleAndSubtitle?: boolean;
  /** Keep half-width punctuation as captured. */
  keepPunctuation?: boolean;
};

export type ImportedArticle = {
  date: IssueDate;
  frontMatter: ArticleFrontMatter;
  /** Markdown: paragraphs and `## ` subheadings, separated by blank lines. */
  body: string;
  paragraphs: number;
  subheadings: number;
  punctuationChanges: number;
};

type Line = { number: number; text: string };

const DATE_LINE = new RegExp(`^${SITE_NAME}\\s+(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(\\S*)\\s*$`);
const SOURCE_LINE = new RegExp(
  `《${SITE_NAME}》\\s*[(（]\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*第\\s*(\\d{1,3})\\s*版\\s*[)）]\\s*$`,
);
const CONTROLS = /返回目录/;
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** Sentence-ending marks: a body line ending otherwise, and short, is a subheading. */
const SENTENCE_END = /[。！？…”’」』；：，、,.!?;:)）"'》]$/u;
const SUBHEADING_MAX_CHARACTERS = 40;

const WHITESPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g;

function toDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function isSubheading(text: string): boolean {
  return [...text].length <= SUBHEADING_MAX_CHARACTERS && !SENTENCE_END.test(text);
}

export function parseCapture(capture: string, options: CaptureOptions = {}): ImportedArticle {
  const lines: Line[] = capture
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((text, index) => ({ number: index + 1, text: text.replace(WHITESPACE, '') }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) throw new CaptureError(1, 'the capture is empty');

  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line.text));
  if (dateIndex === -1) throw new CaptureError(lines[0].number, `no date line like "${SITE_NAME} 2024年12月09日 星期一"`);
  const dateLine = lines[dateIndex];
  if (dateIndex === 0) throw new CaptureError(dateLine.number, 'no section (栏目) line before the date line');
  if (dateIndex > 2) throw new CaptureError(lines[0].number, 'expected at most a stray line and the section before the date line');
  const section = lines[dateIndex - 1].text;

  const [, year, month, day, weekday] = DATE_LINE.exec(dateLine.text) ?? [];
  const date = toDate(year, month, day);
  if (!isIssueDate(date)) throw new CaptureError(dateLine.number, `${date} is not a real date`);
  if (weekday && weekday !== issueWeekday(date) && weekday !== ENGLISH_WEEKDAYS[weekdayIndex(date)]) {
    throw new CaptureError(dateLine.number, `${formatIssueDate(date)} is a ${issueWeekday(date)}, not ${weekday}`);
  }

  let next = dateIndex + 1;
  if (lines[next] && CONTROLS.test(lines[next].text)) next++;

  const sourceIndex = lines.findIndex((line, index) => index >= next && SOURCE_LINE.test(line.text));
  if (sourceIndex === -1) {
    throw new CaptureError(lines[next]?.number ?? dateLine.number, `no source line like "《${SITE_NAME}》(2024年12月09日 第 05版)"`);
  }
  const sourceLine = lines[sourceIndex];
  const headings = lines.slice(next, sourceIndex).map((line) => line.text);
  if (headings.length === 0) throw new CaptureError(sourceLine.number, 'no title line before the source line');
  if (headings.length > 3) {
    throw new CaptureError(lines[next].number, `${headings.length} heading lines before the source line; expected 1 to 3`);
  }

  const sourceMatch = SOURCE_LINE.exec(sourceLine.text);
  const [, sourceYear, sourceMonth, sourceDay, page] = sourceMatch ?? [];
  const sourceDate = toDate(sourceYear, sourceMonth, sourceDay);
  if (sourceDate !== date) {
    throw new CaptureError(sourceLine.number, `the source line says ${sourceDate} but the date line says ${date}`);
  }
  const byline = sourceLine.text.slice(0, sourceMatch?.index).replace(WHITESPACE, '');

  const bodyLines = lines.slice(sourceIndex + 1);
  if (bodyLines.length === 0) throw new CaptureError(sourceLine.number, 'no body after the source line');

  let punctuationChanges = 0;
  const clean = (text: string) => {
    if (options.keepPunctuation) return text;
    const result = toFullWidthPunctuation(text);
    punctuationChanges += result.changes;
    return result.text;
  };

  const [kicker, title, subtitle] =
    headings.length === 3
      ? headings
      : headings.length === 2
        ? options.twoHeadingsAreTitleAndSubtitle
          ? [undefined, headings[0], headings[1]]
          : [headings[0], headings[1], undefined]
        : [undefined, headings[0], undefined];

  const blocks = bodyLines.map(({ text }): Paragraph | Heading => {
    const cleaned = clean(text);
    const children: PhrasingContent[] = [{ type: 'text', value: cleaned }];
    return isSubheading(cleaned) ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children };
  });

  const frontMatter: ArticleFrontMatter = {
    kicker: kicker === undefined ? undefined : clean(kicker),
    title: clean(title),
    subtitle: subtitle === undefined ? undefined : clean(subtitle),
    byline: byline === '' ? undefined : byline,
    authors: bylineAuthors(byline),
    section,
    page: Number(page),
  };
  return {
    date,
    frontMatter,
    body: blocksToMarkdown(blocks),
    paragraphs: blocks.filter((block) => block.type === 'paragraph').length,
    subheadings: blocks.filter((block) => block.type === 'heading').length,
    punctuationChanges,
  };
}
