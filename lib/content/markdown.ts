import type { Image, Nodes, Paragraph, Root, RootContent } from 'mdast';
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
  /** A photo's caption is a block of its own, where the photo stands. */
  kind: 'subheading' | 'text' | 'caption';
  text: string;
  /** 1-based line in the body where the block starts. */
  line: number;
};

/** A `## ` subheading and the anchor the outline links to. */
export type Subheading = { id: string; text: string };

/** The sanitizer prefixes every id from content with this, so none can clash with the page's own. */
const SANITIZED_ID_PREFIX = 'user-content-';

/**
 * A photo as the article writes it, `![图说](images/x.jpg "摄影")`: where it points (resolved against
 * the issue folder in read-issue.ts), its caption (图说) and credit, and its line in the body.
 */
export type PhotoReference = { src: string; caption: string; credit?: string; line: number };

/** The body in reading order: sanitized HTML, and the photos standing between its blocks. */
export type BodyPart<Photo = PhotoReference> = { kind: 'html'; html: string } | { kind: 'photo'; photo: Photo };

export type RenderedBody = {
  parts: BodyPart[];
  /** Every subheading and paragraph in reading order, as plain text. */
  blocks: BodyBlock[];
  subheadings: Subheading[];
  /** Lines (1-based, in the body) of level-1 headings: the title is the only one an article may have. */
  levelOneHeadingLines: number[];
  /** Lines of raw HTML (not comments), which the sanitizer drops. */
  rawHtmlLines: number[];
  /** Lines of images that do not stand in a paragraph of their own (inside text, a list, a table, a link). */
  misplacedPhotoLines: number[];
};

/** The text a caption reads as, on the page and in 全文复制: the 图说, then the credit after a full-width space. */
export function photoCaptionText(photo: Pick<PhotoReference, 'caption' | 'credit'>): string {
  return photo.credit ? `${photo.caption}\u3000${photo.credit}` : photo.caption;
}

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
  const photos = photoParagraphImages(node);
  if (photos) return photos.map((image) => ({ kind: 'caption', text: photoCaptionText(photoReference(image)), line: lineOf(image) }));
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

/** The images of a paragraph that holds nothing else (but spaces and line breaks): one photo or several in a row. */
function photoParagraphImages(node: RootContent): Image[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const images = node.children.filter((child) => child.type === 'image');
  const onlyImages = node.children.every((child) => child.type === 'image' || child.type === 'break' || (child.type === 'text' && child.value.trim() === ''));
  return images.length > 0 && onlyImages ? images : undefined;
}

function photoReference(image: Image): PhotoReference {
  const credit = image.title?.trim();
  return { src: image.url, caption: (image.alt ?? '').trim(), ...(credit ? { credit } : {}), line: lineOf(image) };
}

/** Images and image references anywhere but in a paragraph of photos. */
function misplacedPhotoLines(root: Root): number[] {
  const lines: number[] = [];
  const visit = (node: Nodes, inPhotoParagraph: boolean) => {
    if ((node.type === 'image' && !inPhotoParagraph) || node.type === 'imageReference') lines.push(lineOf(node));
    if (!('children' in node)) return;
    for (const child of node.children) visit(child, inPhotoParagraph || (node.type === 'root' && photoParagraphImages(child) !== undefined));
  };
  visit(root, false);
  return lines.sort((a, b) => a - b);
}

/**
 * Each photo's place in the HTML: an empty `<div id="user-content-photo-N">`. The sanitizer keeps it
 * (prefixing the id), and no Markdown can write one (raw HTML is dropped and no construct of an
 * article makes a `photo-` id), so the HTML splits there into the parts around the photos.
 */
const PHOTO_SLOT = new RegExp(`<div id="${SANITIZED_ID_PREFIX}photo-(\\d+)"></div>`);

function withPhotoSlots(tree: Root): PhotoReference[] {
  const photos: PhotoReference[] = [];
  tree.children = tree.children.flatMap((node): RootContent[] => {
    const images = photoParagraphImages(node);
    if (!images) return [node];
    return images.map((image): Paragraph => {
      const number = photos.push(photoReference(image));
      return { type: 'paragraph', children: [], data: { hName: 'div', hProperties: { id: `photo-${number}` }, hChildren: [] } };
    });
  });
  return photos;
}

function bodyParts(html: string, photos: PhotoReference[]): BodyPart[] {
  const pieces = html.split(PHOTO_SLOT);
  const parts: BodyPart[] = [];
  pieces.forEach((piece, index) => {
    // split() puts each slot's number between the pieces around it.
    if (index % 2 === 1) parts.push({ kind: 'photo', photo: photos[Number(piece) - 1] });
    else if (piece.trim() !== '') parts.push({ kind: 'html', html: piece });
  });
  return parts;
}

export function renderBody(markdown: string): RenderedBody {
  const tree: Root = processor.runSync(processor.parse(markdown), markdown);
  const blocks = tree.children.flatMap(blocksOf).map((block) => ({ ...block, text: block.text.trim() }));
  const misplaced = misplacedPhotoLines(tree);
  const photos = withPhotoSlots(tree);
  const subheadings: Subheading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth !== 2) continue;
    const id = `subheading-${subheadings.length + 1}`;
    node.data = { ...node.data, hProperties: { id } };
    subheadings.push({ id: SANITIZED_ID_PREFIX + id, text: toString(node).trim() });
  }
  const html = withScrollableTables(String(processor.stringify(tree)));
  return {
    parts: bodyParts(html, photos),
    blocks,
    subheadings,
    levelOneHeadingLines: tree.children.flatMap((node) => (node.type === 'heading' && node.depth === 1 ? [lineOf(node)] : [])),
    rawHtmlLines: rawHtmlLines(tree),
    misplacedPhotoLines: misplaced,
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
