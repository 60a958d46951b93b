import matter from 'gray-matter';
import { Document, isSeq, parseDocument, visit } from 'yaml';

/**
 * YAML read by YAML 1.2 rules (the `yaml` package's core schema), the way editors type it:
 * `page: 012` is 12, not octal 10; `yes`, `on` and `2024-12-09` stay text.
 */

/** A YAML mistake and the line it is on, counted as in the text given. */
export class YamlSyntaxError extends Error {
  constructor(
    readonly problems: { line?: number; message: string }[],
  ) {
    super(problems.map((problem) => `${problem.line ?? '?'}: ${problem.message}`).join('\n'));
    this.name = 'YamlSyntaxError';
  }
}

/** The yaml package ends its messages with ` at line N, column M:` and a code frame. */
const shortMessage = (message: string) => message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();

export function parseYaml(text: string): unknown {
  const document = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new YamlSyntaxError(document.errors.map((error) => ({ line: error.linePos?.[0].line, message: shortMessage(error.message) })));
  }
  return document.toJS();
}

/**
 * A Markdown file's front matter and body. The YAML handed to the parser starts with the newline
 * that ends the opening `---`, so its line numbers are the file's.
 */
export function readFrontMatter(raw: string): { data: Record<string, unknown>; content: string } {
  // Passing options turns off gray-matter's cache, which would keep every file's text alive.
  const parsed = matter(raw, { engines: { yaml: (text) => toRecord(parseYaml(text)) } });
  return { data: parsed.data, content: parsed.content };
}

function toRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new YamlSyntaxError([{ line: 2, message: 'the front matter must be fields written "name: value"' }]);
  return Object.fromEntries(Object.entries(value));
}

/** Fields as YAML lines, lists written inline (`authors: [罗燕, 李明]`), text quoted only where it must be. */
export function formatYaml(fields: Record<string, unknown>): string {
  const document = new Document(fields, { version: '1.2' });
  visit(document, { Seq: (_key, node) => void (isSeq(node) && (node.flow = true)) });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}
