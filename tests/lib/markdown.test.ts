import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RenderedBody, readingMinutes, renderBody, summarize } from '../../lib/content/markdown';

/** The body's HTML with each photo written where it stands as a comment of what the Markdown said of it. */
const htmlOf = (body: RenderedBody) =>
  body.parts.map((part) => (part.kind === 'html' ? part.html : `<!-- photo ${JSON.stringify(part.photo)} -->`)).join('');

const casesDir = path.join('tests', 'fixtures', 'markdown');

describe('Markdown bodies render to sanitized HTML and copy as the page reads', () => {
  for (const name of readdirSync(casesDir).sort()) {
    it(name, () => {
      const read = (file: string) => readFileSync(path.join(casesDir, name, file), 'utf8');
      const body = renderBody(read('input.md'));
      expect(htmlOf(body)).toBe(read('output.html'));
      expect(`${body.blocks.map((block) => block.text).join('\n')}\n`).toBe(read('copy.txt'));
    });
  }

  it('never lets script, event handlers or javascript: URLs through', () => {
    const html = htmlOf(renderBody(readFileSync(path.join(casesDir, 'raw-html-is-stripped', 'input.md'), 'utf8')));
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    expect(html).toContain('前后的文字仍然显示');
  });
});

describe('plain-text blocks', () => {
  it('lists subheadings and paragraphs in order with their lines, without markup', () => {
    const body = renderBody('第一段**加粗**。\n\n## 小标题\n\n- 甲\n- 乙\n\n<script>x()</script>\n\n最后一段。\n');
    expect(body.blocks).toEqual([
      { kind: 'text', text: '第一段加粗。', line: 1 },
      { kind: 'subheading', text: '小标题', line: 3 },
      { kind: 'text', text: '甲', line: 5 },
      { kind: 'text', text: '乙', line: 6 },
      { kind: 'text', text: '最后一段。', line: 10 },
    ]);
    expect(body.subheadings).toEqual([{ id: 'user-content-subheading-1', text: '小标题' }]);
    expect(body.rawHtmlLines).toEqual([8]);
  });

  it('gives a table a line a row, its cells apart by tabs', () => {
    expect(renderBody('| 项目 | 数量 |\n| --- | --- |\n| 社区 | 517.6万 |\n').blocks).toEqual([
      { kind: 'text', text: '项目\t数量', line: 1 },
      { kind: 'text', text: '社区\t517.6万', line: 3 },
    ]);
  });
});

describe('reading time', () => {
  it('counts Chinese characters at about 500 a minute', () => {
    expect(readingMinutes('字'.repeat(1499))).toBe(3);
    expect(readingMinutes('字'.repeat(3000))).toBe(6);
  });

  it('ignores spaces and punctuation, counts a Latin word or number once, and is never below one minute', () => {
    expect(readingMinutes('，。 ！'.repeat(2000))).toBe(1);
    expect(readingMinutes('COVID-19 2.2% '.repeat(500) + '字'.repeat(1000))).toBe(4);
  });
});

describe('summary', () => {
  it('is the first paragraph when it is short', () => {
    expect(summarize([{ kind: 'subheading', text: '小标题' }, { kind: 'text', text: '第一段。' }])).toBe('第一段。');
  });

  it('is cut at a sentence end, or with an ellipsis when there is none nearby', () => {
    const sentence = `${'甲'.repeat(80)}。${'乙'.repeat(80)}。`;
    expect(summarize([{ kind: 'text', text: sentence }])).toBe(`${'甲'.repeat(80)}。`);
    expect(summarize([{ kind: 'text', text: '丙'.repeat(200) }])).toBe(`${'丙'.repeat(120)}…`);
  });
});
