import type { Article } from '../../lib/content/model';

/**
 * What 全文复制 must copy, built from the content rather than from the page: the header lines
 * present (引题, 标题, 副题, byline, the source line), a blank line, then the body block by block.
 * The oracle of the browser tests of the client's own copy (article-copy-text.ts), which reads the page.
 */
export function copyTextOf(article: Pick<Article, 'kicker' | 'title' | 'subtitle' | 'byline' | 'sourceLine' | 'blocks'>): string {
  const header = [article.kicker, article.title, article.subtitle, article.byline, article.sourceLine].filter((line) => line !== undefined);
  return [...header, '', ...article.blocks.map((block) => block.text)].join('\n');
}
