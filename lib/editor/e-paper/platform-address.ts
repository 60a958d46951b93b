import type { IssueDate } from '../../content/issue-date';

/**
 * The addresses of the People's Daily e-paper platform (paper.people.com.cn), shared by all its
 * papers (`mszk` is 民生周刊):
 *
 *   current template   /mszk/pc/layout/202412/09/node_01.html      a page (版面)
 *                      /mszk/pc/content/202412/09/content_30001.html  an article
 *   older template     /mszk/html/2023-12/18/node_2.htm
 *                      /mszk/html/2023-12/18/content_26034010.htm
 *
 * The same shapes hold in a saved copy of the site (`wget --mirror`), as file addresses.
 */

export type PageKind = 'layout' | 'content';
export type Template = 'pc' | 'html';

export type PlatformAddress = {
  kind: PageKind;
  template: Template;
  /** The paper's code, e.g. `mszk`. */
  paper: string;
  date: IssueDate;
  /** `node_01` or `content_30001`: the page's name on the platform. */
  name: string;
  /** Everything before `/<paper>/`: the host, or the folder of a saved copy. */
  root: string;
};

const CURRENT = /^(.*)\/([a-z][a-z0-9]*)\/pc\/(layout|content)\/(\d{4})(\d{2})\/(\d{2})\/((?:node|content)_[A-Za-z0-9]+)\.html?$/;
const OLDER = /^(.*)\/([a-z][a-z0-9]*)\/html\/(\d{4})-(\d{2})\/(\d{2})\/((?:node|content)_[A-Za-z0-9]+)\.html?$/;

/** What an address is on the platform, or undefined for anything else. */
export function platformAddress(address: URL): PlatformAddress | undefined {
  const where = `${address.protocol}//${address.host}${address.pathname}`;
  const current = CURRENT.exec(where);
  if (current) {
    const [, root, paper, kind, year, month, day, name] = current;
    if (kind === 'layout' ? !name.startsWith('node_') : !name.startsWith('content_')) return undefined;
    return { kind: kind === 'layout' ? 'layout' : 'content', template: 'pc', paper, date: `${year}-${month}-${day}`, name, root };
  }
  const older = OLDER.exec(where);
  if (older) {
    const [, root, paper, year, month, day, name] = older;
    return { kind: name.startsWith('node_') ? 'layout' : 'content', template: 'html', paper, date: `${year}-${month}-${day}`, name, root };
  }
  return undefined;
}

/** Whether two addresses are pages of one issue of one paper, on one host (or in one saved copy). */
export function sameIssue(a: PlatformAddress, b: PlatformAddress): boolean {
  return a.root === b.root && a.paper === b.paper && a.template === b.template && a.date === b.date;
}

/** Whether a file the pages link to (a scan, a PDF, a photo) is the paper's own, on the same host. */
export function isPaperFile(address: URL, issue: PlatformAddress): boolean {
  const where = `${address.protocol}//${address.host}${address.pathname}`;
  return where.startsWith(`${issue.root}/${issue.paper}/`);
}

/** The platform's id of an article page: `content_30001`'s number. */
export function articleId(address: PlatformAddress): string {
  return address.name.replace(/^content_/, '');
}

/** An address without its fragment and query, the key under which a page is fetched once. */
export function pageKey(address: URL): string {
  return `${address.protocol}//${address.host}${address.pathname}`;
}
