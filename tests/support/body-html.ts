import type { Article } from '../../lib/content/model';
import { articleBodyHtml } from '../../lib/publishing/article-body-html';

/** An article's body as its page shows it, photos included; empty for no article. */
export const bodyHtmlOf = (article: Article | undefined) => (article ? articleBodyHtml(article.date, article.body) : '');
