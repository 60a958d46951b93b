import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatArticleFile } from '../../lib/editor/article-file';
import { parseCapture } from '../../lib/editor/capture';
import { loadContent } from '../../lib/content/load-content';
import { articleKey } from '../../lib/content/model';
import { slugFromTitle } from '../../lib/editor/slug';

describe('the site content', () => {
  const index = loadContent(path.resolve('content'));

  it('holds the seed article as the importer makes it from the e-paper capture', () => {
    const article = [...index.articles.values()].find((candidate) => candidate.date === '2024-12-09' && candidate.page === 5);
    expect(article).toMatchObject({
      section: '深度聚焦',
      page: 5,
      kicker: '第二届城乡社区高质量发展论坛在京举行',
      title: '党建引领，筑牢社会治理共同体',
      byline: '《民生周刊》全媒体记者 罗燕',
      authors: ['罗燕'],
      sourceLine: '《民生周刊》（2024年12月09日 第05版）',
      subheadings: [
        { id: 'user-content-subheading-1', text: '党建引领基层治理创新' },
        { id: 'user-content-subheading-2', text: '总结并推广城乡社区高质量发展的新做法、新模式' },
        { id: 'user-content-subheading-3', text: '建设人人有责、人人尽责、人人享有的社会治理共同体' },
      ],
      summary: '社区虽小，但连着千家万户，是党和政府联系服务群众的“最后一公里”。',
    });
    expect(article?.blocks.filter((block) => block.kind === 'text')).toHaveLength(30);
    expect(article && index.articles.get(articleKey(article.date, article.slug))).toBe(article);
    expect(article?.readingMinutes).toBeGreaterThanOrEqual(5);
  });
});

describe('the seed article file', () => {
  it('is exactly what the importer makes of the capture', () => {
    const imported = parseCapture(readFileSync(path.join('tests', 'fixtures', 'seed-capture.txt'), 'utf8'));
    const file = path.join('content', imported.date, `${slugFromTitle(imported.frontMatter.title)}.md`);
    expect(readFileSync(file, 'utf8')).toBe(formatArticleFile(imported.frontMatter, imported.body));
  });
});
