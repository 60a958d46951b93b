import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatArticleFile } from '../../lib/editor/article-file';
import { bylineAuthors } from '../../lib/content/byline';
import { CaptureError, type CaptureOptions, parseCapture } from '../../lib/editor/capture';
import { renderBody } from '../../lib/content/markdown';
import { toFullWidthPunctuation } from '../../lib/editor/punctuation';

const casesDir = path.join('tests', 'fixtures', 'captures');
const seed = readFileSync(path.join('tests', 'fixtures', 'seed-capture.txt'), 'utf8');

function readOptions(caseDir: string): CaptureOptions {
  const file = path.join(caseDir, 'options.json');
  if (!existsSync(file)) return {};
  const { twoHeadingsAreTitleAndSubtitle, keepPunctuation }: Record<string, unknown> = JSON.parse(readFileSync(file, 'utf8'));
  return { twoHeadingsAreTitleAndSubtitle: twoHeadingsAreTitleAndSubtitle === true, keepPunctuation: keepPunctuation === true };
}

describe('importing the seed capture', () => {
  const imported = parseCapture(seed);

  it('reads every field', () => {
    expect(imported.date).toBe('2024-12-09');
    expect(imported.frontMatter).toEqual({
      kicker: '第二届城乡社区高质量发展论坛在京举行',
      title: '党建引领，筑牢社会治理共同体',
      subtitle: undefined,
      byline: '《民生周刊》全媒体记者 罗燕',
      authors: ['罗燕'],
      section: '深度聚焦',
      page: 5,
    });
  });

  it('finds 30 paragraphs and the 3 subheadings', () => {
    expect(imported.paragraphs).toBe(30);
    expect(imported.subheadings).toBe(3);
    expect(imported.body.match(/^## .*$/gm)).toEqual([
      '## 党建引领基层治理创新',
      '## 总结并推广城乡社区高质量发展的新做法、新模式',
      '## 建设人人有责、人人尽责、人人享有的社会治理共同体',
    ]);
  });

  it('leaves no page chrome and no non-breaking spaces', () => {
    const file = formatArticleFile(imported.frontMatter, imported.body);
    expect(file).not.toMatch(/返回目录|放大|缩小|全文复制|Mon|第 05版|\u00a0|^\.$/m);
    expect(imported.body).not.toContain('民生周刊 2024年12月09日');
    expect(imported.body.startsWith('社区虽小，但连着千家万户')).toBe(true);
  });

  it('turns half-width punctuation next to Chinese full-width, and counts it', () => {
    expect(imported.body).not.toMatch(/[,;:?!()]/);
    expect(imported.body).toContain('已达517.6万个，比2022年底净增11.1万个，增幅为2.2%。');
    expect(imported.body).toContain('中共中央党校（国家行政学院）');
    // Every half-width mark of the capture but the source line's two parentheses, which are not kept.
    expect(imported.punctuationChanges).toBe((seed.match(/[,;:?!()]/g)?.length ?? 0) - 2);
  });
});

describe('captures', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const caseDir = path.join(casesDir, name);
    const capture = readFileSync(path.join(caseDir, 'capture.txt'), 'utf8');
    const errorFile = path.join(caseDir, 'error.txt');
    if (existsSync(errorFile)) {
      it(`${name} is refused with its line and reason`, () => {
        const expected = readFileSync(errorFile, 'utf8').trim();
        expect(() => parseCapture(capture, readOptions(caseDir))).toThrow(CaptureError);
        expect(() => parseCapture(capture, readOptions(caseDir))).toThrow(expected);
      });
    } else {
      it(`${name} becomes the expected article file`, () => {
        const imported = parseCapture(capture, readOptions(caseDir));
        const expected = readFileSync(path.join(caseDir, 'article.md'), 'utf8');
        expect(`<!-- ${imported.date} -->\n${formatArticleFile(imported.frontMatter, imported.body)}`).toBe(expected);
      });
    }
  }
});

/** The capture's body as a reader sees it: the lines after the source line, without their indent. */
function captureBodyLines(capture: string): string[] {
  const lines = capture.split(/\r?\n/).map((line) => line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, ''));
  const sourceLine = lines.findIndex((line) => /《民生周刊》\s*[(（]\d{4}年/.test(line));
  return lines.slice(sourceLine + 1).filter((line) => line !== '');
}

describe('capture → Markdown → page text loses nothing', () => {
  const captures = [
    { name: 'the seed', capture: seed },
    ...readdirSync(casesDir)
      .filter((name) => !existsSync(path.join(casesDir, name, 'error.txt')))
      .map((name) => ({ name, capture: readFileSync(path.join(casesDir, name, 'capture.txt'), 'utf8') })),
  ];
  for (const { name, capture } of captures) {
    it(`${name}: every character, as captured`, () => {
      const page = renderBody(parseCapture(capture, { keepPunctuation: true }).body).blocks.map((block) => block.text);
      expect(page).toEqual(captureBodyLines(capture));
    });
    it(`${name}: every character, punctuation made full-width`, () => {
      const page = renderBody(parseCapture(capture).body).blocks.map((block) => block.text);
      expect(page).toEqual(captureBodyLines(capture).map((line) => toFullWidthPunctuation(line).text));
    });
  }
});

describe('byline authors', () => {
  it('are the names in the byline, without roles', () => {
    expect(bylineAuthors('《民生周刊》全媒体记者 罗燕')).toEqual(['罗燕']);
    expect(bylineAuthors('《民生周刊》记者 张三 实习生 李四')).toEqual(['张三', '李四']);
    expect(bylineAuthors('本刊特约撰稿人 王五、赵六')).toEqual(['王五', '赵六']);
    expect(bylineAuthors('')).toEqual([]);
  });
});
