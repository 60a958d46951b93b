import type { ArticleFrontMatter, IssueMetadata } from './front-matter-schema';
import type { IssueDate } from './issue-date';
import type { BodyBlock, BodyPart, Subheading } from './markdown';
import type { Photo } from './photos';
import type { ImageFile, PdfFile } from './print-files';

/** The content model the site is built from: issues (期), their pages (版) and articles. */

export type ArticleSummary = Omit<ArticleFrontMatter, 'order'> & {
  slug: string;
  date: IssueDate;
  /** Position on its page, from 1, after sorting. */
  order: number;
  /** `《民生周刊》（2024年12月09日 第05版）` */
  sourceLine: string;
  summary: string;
  readingMinutes: number;
  /** The article's first photo: its link preview and its thumbnail in the contents. */
  leadPhoto?: Photo;
};

export type Article = ArticleSummary & {
  /** The body in reading order: sanitized HTML, and the photos between its blocks. */
  body: BodyPart<Photo>[];
  blocks: BodyBlock[];
  subheadings: Subheading[];
};

export type IssuePage = {
  page: number;
  section: string;
  articles: ArticleSummary[];
  /** The printed page's scan (版面图) and PDF, when the editors supplied them. */
  scan?: ImageFile;
  pdf?: PdfFile;
};

export type Issue = IssueMetadata & {
  date: IssueDate;
  pages: IssuePage[];
  articleCount: number;
  /** Dated after the publication cut-off: in the index only for the editors' preview. */
  scheduled: boolean;
  /** `cover.jpg` in the issue folder. */
  coverImage?: ImageFile;
};

export type ContentIndex = {
  /** Newest first. */
  issues: Issue[];
  /** Keyed by `<date>/<slug>`. */
  articles: ReadonlyMap<string, Article>;
  /** Slugs of each issue's articles in reading order (page, then order). */
  readingOrder: ReadonlyMap<IssueDate, readonly string[]>;
  /** Each section's articles across all issues, newest issue first, in reading order within one. */
  sections: ReadonlyMap<string, readonly ArticleSummary[]>;
};

export const articleKey = (date: IssueDate, slug: string) => `${date}/${slug}`;
