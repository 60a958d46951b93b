import type { Heading, Paragraph } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Paragraphs and subheadings as Markdown, escaped by mdast-util-to-markdown wherever the text
 * would otherwise read as markup (`*`, `_`, `[`, `<`, `&copy;`, `2024. ` at a line start…). A
 * single `~` is text to the renderer; `~~` is escaped so it never turns into strikethrough.
 */
export function blocksToMarkdown(blocks: (Paragraph | Heading)[]): string {
  return toMarkdown({ type: 'root', children: blocks }, { unsafe: [{ character: '~', after: '~', inConstruct: 'phrasing' }] }).trimEnd();
}
