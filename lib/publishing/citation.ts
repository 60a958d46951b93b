import { articleAuthors } from '../content/byline';
import { type IssueDate, issueYear } from '../content/issue-date';
import type { Article, Issue } from '../content/model';
import { PUBLISHER_NAME, SITE_NAME, absoluteUrl } from '../site';
import { articleHref } from './routes';

/**
 * References to an article in the three styles readers are asked for: GB/T 7714-2015 (the Chinese
 * national standard), APA 7 and BibTeX, and the Highwire `citation_*` meta tags Zotero and Google
 * Scholar read. Written here rather than with citation-js: its name parser splits Chinese names into
 * given and family names, and GB/T 7714 is not among its bundled styles.
 */

export type Reference = {
  /** As they are to be printed: `罗燕`, or `Bergeson, S.` for a Latin name in APA. */
  authors: string[];
  title: string;
  /** `journal` for a periodical (期刊, GB/T `[J]`), `newspaper` for a newspaper (报纸, `[N]`). */
  kind: 'journal' | 'newspaper';
  container: string;
  date: IssueDate;
  volume?: number;
  issue?: number;
  pages: string;
  /** For the online form (GB/T `[J/OL]`, with the date it was read). */
  url?: string;
  accessed?: IssueDate;
};

/** GB/T 7714-2015 lists three authors, then 等. */
const GBT_MAX_AUTHORS = 3;

/** `袁训来, 陈哲, 肖书海, 等. 题名[J]. 科学通报, 2012, 55(34): 3219.` */
export function formatGbt7714(reference: Reference): string {
  const { authors, title, kind, container, date, volume, issue, pages, url, accessed } = reference;
  const names = authors.length > GBT_MAX_AUTHORS ? [...authors.slice(0, GBT_MAX_AUTHORS), '等'] : authors;
  const type = `${kind === 'journal' ? 'J' : 'N'}${url ? '/OL' : ''}`;
  let where: string;
  if (kind === 'newspaper') where = `${date}(${pages})`;
  else if (volume === undefined && issue === undefined) where = `${date}: ${pages}`; // no 期号: the date identifies the issue
  else where = `${issueYear(date)}${volume === undefined ? '' : `, ${volume}`}${issue === undefined ? '' : `(${issue})`}: ${pages}`;
  const online = url ? `${accessed ? `[${accessed}]` : ''}. ${url}` : '';
  return `${names.length > 0 ? `${names.join(', ')}. ` : ''}${title}[${type}]. ${container}, ${where}${online}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 names: `A`, `A, & B`, `A, B, & C` up to 20, then the first 19, …, and the last. */
function apaAuthors(authors: string[]): string {
  if (authors.length <= 1) return authors.join('');
  if (authors.length > 20) return `${authors.slice(0, 19).join(', ')}, . . . ${authors[authors.length - 1]}`;
  if (authors.length === 2) return `${authors[0]}, & ${authors[1]}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
}

/** A sentence of a reference ends in one full stop, none after `?`, `!` or a full stop already there. */
const withFullStop = (text: string) => (/[.?!。？！]$/u.test(text) ? text : `${text}.`);

/** `Bergeson, S. (2019, January 4). Really cool neutral plasmas. Science, 363(6422), 1159–1160. https://…` */
export function formatApa7(reference: Reference): string {
  const { authors, title, container, date, volume, issue, pages, url } = reference;
  const [year, month, day] = date.split('-').map(Number);
  const when = `(${year}, ${MONTHS[month - 1]} ${day}).`;
  const numbering = volume !== undefined ? `, ${volume}${issue === undefined ? '' : `(${issue})`}` : issue !== undefined ? `, (${issue})` : '';
  const source = `${container}${numbering}, ${pages}.`;
  const who = authors.length > 0 ? `${withFullStop(apaAuthors(authors))} ${when}` : `${withFullStop(title)} ${when}`;
  const what = authors.length > 0 ? ` ${withFullStop(title)}` : '';
  return `${who}${what} ${source}${url ? ` ${url}` : ''}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Characters BibTeX reads as commands or groups, written so they print as themselves. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (character) => {
    if (character === '\\') return '\\textbackslash{}';
    if (character === '~') return '\\textasciitilde{}';
    if (character === '^') return '\\textasciicircum{}';
    return `\\${character}`;
  });
}

/** A BibTeX `@article`; each name in braces, so a Chinese name is never split into given and family names. */
export function formatBibtex(reference: Reference, key: string): string {
  const { authors, title, container, date, volume, issue, pages, url } = reference;
  const [year, month] = date.split('-').map(Number);
  const fields: [string, string | undefined][] = [
    ['author', authors.length > 0 ? `{${authors.map((name) => `{${bibtexText(name)}}`).join(' and ')}}` : undefined],
    ['title', `{${bibtexText(title)}}`],
    ['journal', `{${bibtexText(container)}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1]],
    ['date', `{${date}}`],
    ['volume', volume === undefined ? undefined : `{${volume}}`],
    ['number', issue === undefined ? undefined : `{${issue}}`],
    ['pages', `{${bibtexText(pages)}}`],
    ['url', url ? `{${url}}` : undefined],
  ];
  const lines = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = ${value},`]));
  return `@article{${key},\n${lines.join('\n')}\n}`;
}

/** The article as a reference to 民生周刊 (a periodical: `[J]`), its 期号 when the issue has one. */
export function articleReference(article: Article, issue: Issue): Reference {
  return {
    authors: articleAuthors(article),
    title: article.title,
    kind: 'journal',
    container: SITE_NAME,
    date: article.date,
    issue: issue.number,
    pages: String(article.page),
  };
}

export type ArticleCitations = { gbt7714: string; apa: string; bibtex: string };

/** The references the 引用 panel offers, ready to copy. */
export function articleCitations(article: Article, issue: Issue): ArticleCitations {
  const reference = articleReference(article, issue);
  const url = absoluteUrl(articleHref(article.date, article.slug));
  const key = `minsheng-${article.date}-${article.slug}`.replace(/[^A-Za-z0-9-]/g, '');
  return {
    gbt7714: formatGbt7714(reference),
    apa: formatApa7({ ...reference, url }),
    bibtex: formatBibtex({ ...reference, url }, key),
  };
}

/** Highwire Press tags, one `citation_author` per author: `{ citation_title: '…', citation_author: ['…'] }`. */
export function citationMetaTags(article: Article, issue: Issue): Record<string, string | string[]> {
  const authors = articleAuthors(article);
  return {
    citation_title: article.title,
    ...(authors.length > 0 ? { citation_author: authors } : {}),
    citation_publication_date: article.date.replaceAll('-', '/'),
    citation_journal_title: SITE_NAME,
    citation_publisher: PUBLISHER_NAME,
    ...(issue.number === undefined ? {} : { citation_issue: String(issue.number) }),
    citation_firstpage: String(article.page),
    citation_language: 'zh',
    citation_fulltext_html_url: absoluteUrl(articleHref(article.date, article.slug)),
  };
}
