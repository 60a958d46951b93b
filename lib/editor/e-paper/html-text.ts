import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/**
 * Reading the platform's HTML: parsed as a browser would (parse5, through hast-util-from-html), so
 * capitals, unquoted attributes and unclosed tags read as they display; decoded by the charset the
 * page declares (older pages may be GBK).
 */

export type HtmlPage = { tree: Root; address: URL };

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function decodeHtml(bytes: Uint8Array, contentType = ''): string {
  const declared = /charset=([\w-]+)/i.exec(contentType)?.[1] ?? CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
  let label = (declared ?? 'utf-8').toLowerCase();
  if (label === 'gb2312') label = 'gbk';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function parseHtml(html: string, address: URL): HtmlPage {
  return { tree: fromHtml(html), address };
}

export const first = (scope: Root | Element, selector: string): Element | undefined => select(selector, scope) ?? undefined;
export const all = (scope: Root | Element, selector: string): Element[] => selectAll(selector, scope);

export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** An attribute's address resolved against the page's, or undefined when it is not one. */
export function linkOf(element: Element, name: string, page: URL): URL | undefined {
  const value = attribute(element, name)?.trim();
  if (!value || /^(?:javascript|mailto|data):/i.test(value)) return undefined;
  try {
    return new URL(value, page);
  } catch {
    return undefined;
  }
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'select', 'button', 'form']);
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * What a reader sees of an element, as lines: `<br>` and block ends break lines; runs of spaces and
 * line breaks in the source are one space, or nothing between two Chinese characters (the way
 * the page reads); `&nbsp;` is a space; full-width spaces are kept.
 */
export function textOf(node: Element | Root | RootContent): string {
  const parts: string[] = [];
  const walk = (current: Element | Root | RootContent) => {
    if (current.type === 'text') parts.push(sourceText(current.value));
    else if (current.type === 'element') {
      if (SKIPPED.has(current.tagName)) return;
      if (current.tagName === 'br') parts.push('\n');
      current.children.forEach(walk);
      if (BLOCKS.has(current.tagName)) parts.push('\n');
    } else if (current.type === 'root') current.children.forEach(walk);
  };
  walk(node);
  return joinText(parts.join(''));
}

export const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'blockquote', 'section', 'article', 'center', 'dd', 'dt', 'figure', 'figcaption']);

/**
 * A text node as the page shows it: a line break of the HTML source between two Chinese characters
 * is nothing, any other run of spaces and breaks one space.
 */
export function sourceText(text: string): string {
  return text
    .replace(/(.?)[ \t\f]*[\r\n][\t\n\r\f ]*(?=(.?))/gu, (_match, before: string, after: string) => (CJK.test(before) && CJK.test(after) ? before : `${before} `))
    .replace(/[\t\f ]+/g, ' ');
}

/** Lines of shown text: `&nbsp;` as a space, runs of spaces as one, no space or full-width space at either end, no empty line. */
export function joinText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** One line of text: the lines of `textOf` joined as `joinText` joins words. */
export function lineOf(node: Element | undefined): string | undefined {
  if (!node) return undefined;
  const text = joinText(textOf(node))
    .split('\n')
    .reduce((joined, line) => (joined === '' ? line : `${joined}${CJK.test(joined.at(-1) ?? '') && CJK.test(line[0]) ? '' : ' '}${line}`), '');
  return text === '' ? undefined : text;
}
