/**
 * 全文复制's text, read from the page rather than sent beside it: kicker, title, subtitle, byline
 * and source line, an empty line, then the body a block a line — a list item with the number the
 * page shows, a table row with its cells apart by tabs, a photo's caption and credit. The browser
 * tests hold it equal, on every fixture article, to the text they build from the Markdown
 * (tests/support/copy-text.ts). Reading it here keeps the article from travelling a third time in
 * the page's RSC payload.
 */
import { originalText } from '@/app/_components/traditional-script-state';

const HEADER_FIELDS = ['kicker', 'title', 'subtitle', 'byline', 'source-line'];

/** Elements whose text children remark-html writes only as newlines between blocks. */
const BLOCK_CONTAINERS = new Set(['LI', 'OL', 'UL', 'BLOCKQUOTE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR']);

/** Every text node in order (images by their alt text), as mdast-util-to-string joins a node's text. */
function textOf(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child instanceof Text) {
      const data = originalText(child);
      text += BLOCK_CONTAINERS.has(node.nodeName) ? data.replace(/^\n+|\n+$/g, '') : data;
    } else if (child instanceof HTMLImageElement) text += child.alt;
    else text += textOf(child);
  }
  return text;
}

function blockTexts(block: Element): string[] {
  // A photo copies as its caption with the credit, where it stands (a body's only figures are its photos).
  if (block instanceof HTMLElement && block.localName === 'figure') {
    const caption = block.querySelector('figcaption');
    return caption ? [textOf(caption)] : [];
  }
  if (block.classList.contains('table-scroll')) {
    return [...block.querySelectorAll('tr')].map((row) => [...row.cells].map(textOf).join('\t'));
  }
  if (block instanceof HTMLOListElement || block instanceof HTMLUListElement) {
    const items = [...block.children].filter((item) => item instanceof HTMLLIElement);
    return items.map((item, index) => (block instanceof HTMLOListElement ? `${block.start + index}. ` : '') + textOf(item));
  }
  if (/^H[1-6]$/.test(block.tagName)) return [textOf(block)];
  const text = textOf(block);
  return text.trim() === '' ? [] : [text];
}

export function articleCopyText(article: Element): string {
  const header = HEADER_FIELDS.flatMap((field) => {
    const element = article.querySelector(`[data-field="${field}"]`);
    return element ? [textOf(element)] : [];
  });
  const body = article.querySelector('.article-body');
  const blocks = body ? [...body.children].flatMap(blockTexts).map((text) => text.trim()) : [];
  return [...header, '', ...blocks].join('\n');
}
