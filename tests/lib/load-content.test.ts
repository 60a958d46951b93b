import { bodyHtmlOf } from '../support/body-html';
import { copyTextOf } from '../support/copy-text';
import { describe, expect, it } from 'vitest';
import { fixtureContent } from '../support/fixture-content';
import { articleKey } from '../../lib/content/model';

const index = fixtureContent;
const issue = (date: string) => index.issues.find((candidate) => candidate.date === date);

describe('the content index', () => {
  it('lists issues newest first with their metadata', () => {
    expect(index.issues.map(({ date, number, articleCount }) => ({ date, number, articleCount }))).toEqual([
      { date: '2024-12-16', number: 24, articleCount: 5 },
      { date: '2024-12-02', number: undefined, articleCount: 4 },
      { date: '2024-11-25', number: undefined, articleCount: 14 },
    ]);
  });

  it('groups an issue into pages in order, each with its section', () => {
    expect(issue('2024-12-16')?.pages.map(({ page, section }) => `${page} ${section}`)).toEqual([
      '1 要闻',
      '3 深度聚焦',
      '5 民生观察',
    ]);
  });

  it('orders a page by `order`, then the articles without one by file name', () => {
    const firstPage = issue('2024-12-16')?.pages[0].articles.map(({ slug, order }) => `${order} ${slug}`);
    expect(firstPage).toEqual(['1 b-kuaixun', '2 a-zhuanti', '3 c-no-order']);
    expect(index.readingOrder.get('2024-12-16')).toEqual([
      'b-kuaixun',
      'a-zhuanti',
      'c-no-order',
      'full-fields',
      'xss-attempt',
    ]);
  });

  it('keeps article bodies out of the issue listing', () => {
    for (const article of issue('2024-12-16')?.pages.flatMap((page) => page.articles) ?? []) {
      expect(article).not.toHaveProperty('html');
      expect(article).not.toHaveProperty('blocks');
    }
  });

  it('reads every front-matter field and derives the rest', () => {
    const article = index.articles.get(articleKey('2024-12-16', 'full-fields'));
    expect(article).toMatchObject({
      slug: 'full-fields',
      date: '2024-12-16',
      kicker: '城市更新行动观察',
      title: '老旧小区改造，改出幸福新生活',
      subtitle: '加装电梯、增设停车位，居民参与全过程',
      byline: '《民生周刊》全媒体记者 罗燕',
      authors: ['罗燕'],
      section: '深度聚焦',
      page: 3,
      order: 1,
      sourceLine: '《民生周刊》（2024年12月16日 第03版）',
      summary: '老旧小区改造是重大民生工程，也是发展工程。',
      subheadings: [
        { id: 'user-content-subheading-1', text: '居民说了算' },
        { id: 'user-content-subheading-2', text: '钱从哪里来' },
        { id: 'user-content-subheading-3', text: '长效管理' },
      ],
      readingMinutes: 1,
    });
    expect(bodyHtmlOf(article)).toContain('<h2 id="user-content-subheading-2">钱从哪里来</h2>');
  });

  it('gives the plain text that 全文复制 copies: header lines, a blank line, then the body line by line', () => {
    const article = index.articles.get(articleKey('2024-12-16', 'full-fields'));
    const lines = (article ? copyTextOf(article) : '').split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '城市更新行动观察',
      '老旧小区改造，改出幸福新生活',
      '加装电梯、增设停车位，居民参与全过程',
      '《民生周刊》全媒体记者 罗燕',
      '《民生周刊》（2024年12月16日 第03版）',
      '',
      '老旧小区改造是重大民生工程，也是发展工程。',
    ]);
    expect(lines[7]).toBe('居民说了算');
    expect(lines.at(-1)).toBe('改造完成后，小区引入物业服务，建立居民议事会。');
    expect(lines).toHaveLength(6 + 1 + 1 + 8 + 2 + 2);
  });

  it('leaves out absent header lines from the copy text', () => {
    const article = index.articles.get(articleKey('2024-12-02', 'yiliao-gaige'));
    expect(article && copyTextOf(article)).toBe(
      '县域医共体建设全面推开\n《民生周刊》（2024年12月02日 第02版）\n\n医共体让县乡村三级医疗机构形成服务共同体，群众就近就能看好病。',
    );
    expect(article?.authors).toEqual([]);
  });

  it('publishes an article whose raw HTML is sanitized away', () => {
    const article = index.articles.get(articleKey('2024-12-16', 'xss-attempt'));
    expect(bodyHtmlOf(article)).toContain('正文第一段仍然显示。');
    expect(bodyHtmlOf(article)).toContain('正文最后一段也仍然显示。');
    expect(bodyHtmlOf(article)).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    expect(bodyHtmlOf(article)).toContain('<a href="https://www.people.com.cn/">安全链接</a>');
  });
});
