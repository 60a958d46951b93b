import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough/parseOnly';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { remarkChineseText } from './chinese-markdown';

/**
 * GitHub-flavoured Markdown (tables, `~~strikethrough~~`) read the way Chinese is written, compiled
 * by remark-html with its default sanitizing: raw HTML, event handlers and `javascript:` URLs never
 * survive. A single `~` is a range (`3~5年`), never strikethrough; emphasis next to Chinese
 * punctuation (`**“两会”**期间`) works.
 */
const processor = remark()
  .use(remarkGfm, { singleTilde: false })
  .use(remarkCjkFriendly)
  .use(remarkCjkFriendlyGfmStrikethrough, { singleTilde: false })
  .use(remarkChineseText)
  .use(remarkHtml);

export type BodyBlock = {
  kind: 'subheading' | 'text';
  text: string;
  /** 1-based line in the body where the block starts. */
  line: number;
};

/** A `## ` subheading and the anchor the outline links to. */
export type Subheading = { id: string; text: string };

/** The sanitizer prefixes every id from content with this, so none can clash with the page's own. */
const SANITIZED_ID_PREFIX = 'user-content-';

export type RenderedBody = {
  html: string;
  /** Every subheading and paragraph in reading order, as plain text. */
  blocks: BodyBlock[];
  subheadings: Subheading[];
  /** Lines (1-based, in the body) of level-1 headings: the title is the only one an article may have. */
  levelOneHeadingLines: number[];
  /** Lines of raw HTML (not comments), which the sanitizer drops. */
  rawHtmlLines: number[];
};

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/**
 * A node's text as the page shows it: mdast-util-to-string's, except that a hard line break stays a
 * line break and raw HTML (which the sanitizer drops) is no text.
 */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return '';
  if ('children' in node) return node.children.map(textOf).join('');
  return toString(node);
}

function blocksOf(node: RootContent): BodyBlock[] {
  if (node.type === 'heading') return [{ kind: 'subheading', text: textOf(node), line: lineOf(node) }];
  if (node.type === 'table') {
    // A row a line, cells apart by tabs: pasted into a spreadsheet, the table comes back.
    return node.children.map((row) => ({ kind: 'text', text: row.children.map(textOf).join('\t'), line: lineOf(row) }));
  }
  if (node.type === 'list') {
    // A numbered item copies with the number the page shows.
    const number = (index: number) => (node.ordered ? `${(node.start ?? 1) + index}. ` : '');
    return node.children.map((item, index) => ({ kind: 'text', text: number(index) + textOf(item), line: lineOf(item) }));
  }
  if (node.type === 'html' || node.type === 'thematicBreak' || node.type === 'definition') return [];
  const text = node.type === 'code' ? node.value : textOf(node);
  return text.trim() === '' ? [] : [{ kind: 'text', text, line: lineOf(node) }];
}

const HTML_COMMENT = /^<!--[\s\S]*-->$/;

/** Raw HTML other than comments, which editors may use for notes. */
function rawHtmlLines(root: Root): number[] {
  const lines = new Set<number>();
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'html' && !HTML_COMMENT.test(node.value.trim())) lines.add(lineOf(node));
    if ('children' in node) stack.push(...node.children);
  }
  return [...lines].sort((a, b) => a - b);
}

/**
 * Each table in a region that scrolls sideways and takes keyboard focus, so a wide table can be read
 * with the arrow keys on a phone-sized screen. Added to the sanitizer's output, which holds no
 * `<table>` tag but the tables of the Markdown (text `<` is escaped as `&#x3C;`).
 */
function withScrollableTables(html: string): string {
  let count = 0;
  return html
    .replace(/<table>/g, () => `<div class="table-scroll" role="region" tabindex="0" aria-label="表格${++count}（可左右滚动）"><table>`)
    .replace(/<\/table>/g, '</table></div>');
}

export function renderBody(markdown: string): RenderedBody {
  const tree: Root = processor.runSync(processor.parse(markdown), markdown);
  const blocks = tree.children.flatMap(blocksOf).map((block) => ({ ...block, text: block.text.trim() }));
  const subheadings: Subheading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 2) continue;
    const id = `subheading-${subheadings.length + 1}`;
    node.data = { ...node.data, hProperties: { id } };
    subheadings.push({ id: SANITIZED_ID_PREFIX + id, text: toString(node).trim() });
  }
  const html = withScrollableTables(String(processor.stringify(tree)));
  return {
    html,
    blocks,
    subheadings,
    levelOneHeadingLines: tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 1 ? [lineOf(node)] : [])),
    rawHtmlLines: rawHtmlLines(tree),
  };
}

export const CHARACTERS_PER_MINUTE = 500;

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isWordCharacter = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * Reading time counted in Chinese characters (a Latin word or number counts as one). A loop over
 * character codes: it runs on every article of every build.
 */
export function readingMinutes(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isHan(code)) count++;
    const word: boolean = isWordCharacter(code) || (inWord && (code === 0x2e || code === 0x2d || code === 0x27) && isWordCharacter(text.charCodeAt(index + 1)));
    if (word && !inWord) count++;
    inWord = word;
  }
  return Math.max(1, Math.round(count / CHARACTERS_PER_MINUTE));
}

/** The first paragraph, cut at a sentence end near `limit` characters. */
export function summarize(blocks: Pick<BodyBlock, 'kind' | 'text'>[], limit = 120): string {
  const first = blocks.find((block) => block.kind === 'text')?.text ?? '';
  const characters = Array.from(first);
  if (characters.length <= limit) return first;
  const head = characters.slice(0, limit).join('');
  const sentenceEnd = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return sentenceEnd >= limit / 2 ? head.slice(0, sentenceEnd + 1) : `${head}…`;
}
