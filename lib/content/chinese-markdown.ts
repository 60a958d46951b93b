import type { Emphasis, Link, List, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/**
 * Where Markdown's meaning and a Chinese editor's differ, the editor wins. Each rule below keeps
 * characters that plain Markdown would swallow or move; `~` ranges are kept by remark-gfm's
 * `singleTilde: false`, and `**“强调”**后` by remark-cjk-friendly.
 */
export const remarkChineseText: Plugin<[], Root> = function () {
  const data = this.data();
  // Paragraphs indented with spaces are paragraphs, not code: fenced code (```) still is. GFM's
  // bare-link syntax would swallow a following `[text](url)`; bare links are found after parsing.
  const disable = ['codeIndented', 'wwwAutolink', 'protocolAutolink', 'emailAutolink'];
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: disable } }];
  return (tree: Root, file: VFile) => {
    const source = String(file);
    keepNumberedLinesAsText(tree, source);
    keepItalicMarksAsText(tree, source);
    linkBareAddresses(tree, source);
  };
};

/**
 * Chinese is not set in italics, and a single `*` or `_` in Chinese text is a mark the editor
 * typed (`经济*增长`): emphasis goes back to the text it was written as. `**bold**` stays, and so
 * does the bold of `***text***`.
 */
function keepItalicMarksAsText(tree: Root, source: string): void {
  const visit = (parent: Parent) => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if ('children' in child) visit(child);
      if (child.type !== 'emphasis') children.push(child);
      else if (isBoldToo(child, parent)) children.push(...child.children);
      else {
        const marker = source[child.position?.start.offset ?? -1] ?? '*';
        children.push({ type: 'text', value: marker }, ...child.children, { type: 'text', value: marker });
      }
    }
    parent.children = mergeText(children);
  };
  visit(tree);
}

function isBoldToo(emphasis: Emphasis, parent: Parent): boolean {
  const only = emphasis.children.length === 1 ? emphasis.children[0] : undefined;
  return only?.type === 'strong' || (parent.type === 'strong' && parent.children.length === 1);
}

/** Adjacent text nodes as one, so that patterns can match across them. */
function mergeText(nodes: RootContent[]): RootContent[] {
  const merged: RootContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { ...last, value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}

const LIST_MARKER = /^(\d{1,9})[.)]/;
/** A number this large at the start of a line is a year or an amount (`2024. 全年…`), not a list item. */
const LARGEST_LIST_START = 999;

/**
 * An ordered list shows the numbers the browser counts, not the ones written. Where they differ
 * (`1. 2. 5.`), or the first is a year, the lines stay text exactly as written.
 */
function keepNumberedLinesAsText(tree: Root, source: string): void {
  const visit = (parent: Parent) => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if ('children' in child) visit(child);
      if (child.type === 'list' && child.ordered && !writtenAsCounted(child, source)) children.push(...listAsText(child, source));
      else children.push(child);
    }
    parent.children = children;
  };
  visit(tree);
}

function writtenMarker(node: Nodes, source: string): { number: number; text: string } | undefined {
  const offset = node.position?.start.offset;
  const match = offset === undefined ? null : LIST_MARKER.exec(source.slice(offset, offset + 12));
  return match ? { number: Number(match[1]), text: match[0] } : undefined;
}

function writtenAsCounted(list: List, source: string): boolean {
  const start = list.start ?? 1;
  if (start > LARGEST_LIST_START) return false;
  return list.children.every((item, index) => writtenMarker(item, source)?.number === start + index);
}

function listAsText(list: List, source: string): RootContent[] {
  return list.children.flatMap((item): RootContent[] => {
    const marker = writtenMarker(item, source)?.text ?? '';
    const [first, ...rest] = item.children;
    const contentStart = first?.position?.start.offset;
    const itemStart = item.position?.start.offset;
    // The marker and the spaces after it, as written.
    const prefix = contentStart !== undefined && itemStart !== undefined ? source.slice(itemStart, contentStart) : `${marker} `;
    if (first?.type === 'paragraph') {
      return [{ ...first, children: [{ type: 'text', value: prefix }, ...first.children] }, ...rest];
    }
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: prefix.trimEnd() }] };
    return [paragraph, ...item.children];
  });
}

/** A URL or e-mail address is ASCII; Chinese text right after one is not part of it. */
const URL_PATTERN = /(?<![\w.@/-])(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+,;=%]+/gi;
const EMAIL_PATTERN = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Punctuation that ends a sentence rather than the address, as GFM leaves it out. */
const TRAILING_PUNCTUATION = /[.,:;!?"'*_~]+$/;

/**
 * GFM links a bare address up to the next space, which Chinese text does not have:
 * `见www.people.com.cn了解` would link `www.people.com.cn了解`. Bare links are found again with
 * ASCII-only patterns; `[text](url)` and `<url>` links stay as written.
 */
function linkBareAddresses(tree: Root, source: string): void {
  unlinkBareLinks(tree, source);
  findAndReplace(
    tree,
    [
      [URL_PATTERN, (address: string) => addressLink(address, (kept) => (/^www\./i.test(kept) ? `http://${kept}` : kept))],
      [EMAIL_PATTERN, (address: string) => addressLink(address, (kept) => `mailto:${kept}`)],
    ],
    { ignore: ['link', 'linkReference'] },
  );
}

function addressLink(address: string, url: (kept: string) => string): PhrasingContent[] | false {
  let kept = address.replace(TRAILING_PUNCTUATION, '');
  // A closing parenthesis belongs to the address only when it opened one: `（见http://a.cn/x)`.
  while (kept.endsWith(')') && kept.split('(').length < kept.split(')').length) kept = kept.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  if (!/[a-z0-9]\.[a-z0-9]/i.test(kept)) return false;
  const link: PhrasingContent = { type: 'link', url: url(kept), children: [{ type: 'text', value: kept }] };
  return kept === address ? [link] : [link, { type: 'text', value: address.slice(kept.length) }];
}

/** Turns GFM's bare links back into text, merged with the text around them. */
function unlinkBareLinks(tree: Root, source: string): void {
  const visit = (parent: Parent) => {
    const children = parent.children.map((child): RootContent => {
      if (child.type === 'link' && isBareLink(child, source)) return { type: 'text', value: toString(child) };
      if ('children' in child) visit(child);
      return child;
    });
    parent.children = mergeText(children);
  };
  visit(tree);
}

/** A link written as a bare URL or address, not as `[text](url)` or `<url>`. */
function isBareLink(link: Link, source: string): boolean {
  const offset = link.position?.start.offset;
  const written = offset === undefined ? '' : source[offset];
  return written !== '[' && written !== '<';
}
