import type { Element, Root, RootContent } from 'hast';
import { isIssueDate } from '../../content/issue-date';
import { BLOCKS, type HtmlPage, all, attribute, first, joinText, lineOf, linkOf, sourceText } from './html-text';
import { isSubheading } from '../capture';
import { PageReadError } from './layout-page';
import { platformAddress } from './platform-address';

/** A photo of an article: where it is and its caption (图说) as printed, credit included. */
export type PagePhoto = { address: URL; caption: string };

/** The article's text as blocks in reading order: paragraphs, subheadings and photos. */
export type ArticleBlock = { kind: 'paragraph' | 'subheading'; text: string } | { kind: 'photo'; photo: PagePhoto };

export type ArticlePage = {
  address: URL;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  /** From the source line `（2024年12月09日 第 05 版）`, when the page has one. */
  date?: string;
  page?: number;
  /** The photos shown above the text (`div.attachment`). */
  photos: PagePhoto[];
  blocks: ArticleBlock[];
};

const SOURCE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const SOURCE_PAGE = /第?\s*0*(\d{1,3})\s*版/u;
const LEADING_DASHES = /^[—－―-]{1,2}\s*/u;

function dateOf(text: string): string | undefined {
  const match = SOURCE_DATE.exec(text);
  if (!match) return undefined;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isIssueDate(date) ? date : undefined;
}

/** The byline and the source line of `p.sec`: `《民生周刊》记者 罗燕<span class="date">（2024年12月09日 第 05 版）</span>`. */
function readSecLine(sec: Element | undefined) {
  if (!sec) return {};
  const dateElement = first(sec, '.date, .newstime');
  const sourceLine = lineOf(dateElement) ?? lineOf(sec) ?? '';
  let bylineText: string;
  if (dateElement) {
    const rest: Element = { ...sec, children: sec.children.filter((child) => child !== dateElement && !(child.type === 'element' && first(child, '.date') === dateElement)) };
    bylineText = lineOf(rest) ?? '';
  } else {
    bylineText = (lineOf(sec) ?? '').replace(/[(（][^()（）]*\d{4}\s*年[^()（）]*[)）]\s*$/u, '');
  }
  const byline = bylineText.replace(/[□■]/gu, '').replace(/\s+/g, ' ').trim();
  return {
    byline: byline === '' ? undefined : byline,
    date: dateOf(sourceLine),
    page: pageOf(sourceLine),
  };
}

/** The page number after the date of a source line. */
function pageOf(text: string): number | undefined {
  const date = SOURCE_DATE.exec(text);
  const match = SOURCE_PAGE.exec(date ? text.slice(date.index + date[0].length) : text);
  return match ? Number(match[1]) : undefined;
}

function photosOf(scope: Element | Root, page: URL): PagePhoto[] {
  const photos: PagePhoto[] = [];
  for (const attachment of all(scope, '.attachment')) {
    const images = all(attachment, 'img[src]');
    const captions = all(attachment, '.att-content').map((element) => lineOf(element) ?? '');
    images.forEach((image, index) => {
      const address = linkOf(image, 'src', page);
      if (address) photos.push({ address, caption: captions[index] ?? captions[0] ?? attribute(image, 'alt')?.trim() ?? '' });
    });
  }
  return photos;
}

/**
 * The text of `#ozoom` as blocks: between the `<!--enpcontent-->` markers when the page has them,
 * each line a paragraph (`<br>` breaks lines), a short line without a sentence's end, or a line
 * all in bold, a subheading; images in the text are photos where they stand.
 */
function blocksOf(body: Element, page: URL): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const hasMarkers = JSON.stringify(body).includes('enpcontent');
  let inside = !hasMarkers;
  /** The text so far, and the same without its bold parts. */
  let line: { text: string; unbold: string }[] = [];
  const flush = () => {
    const texts = line.map((part) => part.text).join('').split('\n');
    const unbold = line.map((part) => part.unbold).join('').split('\n');
    line = [];
    texts.forEach((raw, index) => {
      const text = joinText(raw);
      if (text === '') return;
      const allBold = joinText(unbold[index] ?? raw) === '';
      blocks.push({ kind: allBold || isSubheading(text) ? 'subheading' : 'paragraph', text });
    });
  };
  const walk = (node: RootContent, bold: boolean) => {
    if (node.type === 'comment') {
      if (/^\s*enpcontent\s*$/i.test(node.value)) inside = true;
      else if (/^\s*\/enpcontent\s*$/i.test(node.value)) inside = false;
      return;
    }
    if (node.type === 'text') {
      if (!inside) return;
      const text = sourceText(node.value);
      line.push({ text, unbold: bold ? '' : text });
      return;
    }
    if (node.type !== 'element' || ['script', 'style', 'noscript', 'template', 'iframe', 'form', 'button'].includes(node.tagName)) return;
    if (node.tagName === 'br') {
      line.push({ text: '\n', unbold: '\n' });
      return;
    }
    if (node.tagName === 'img') {
      const address = linkOf(node, 'src', page);
      if (inside && address) {
        flush();
        blocks.push({ kind: 'photo', photo: { address, caption: attribute(node, 'alt')?.trim() ?? attribute(node, 'title')?.trim() ?? '' } });
      }
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.children) walk(child, bold || node.tagName === 'strong' || node.tagName === 'b');
    if (block) flush();
  };
  for (const child of body.children) walk(child, false);
  flush();
  return blocks.filter((block) => block.kind === 'photo' || block.text !== '');
}

/** Reads an article page of the platform; a page without a title or text is refused. */
export function readArticlePage(page: HtmlPage): ArticlePage {
  const here = platformAddress(page.address);
  if (!here || here.kind !== 'content') throw new PageReadError('not an article page of the e-paper platform');
  const article = first(page.tree, '.article') ?? first(page.tree, '.article-box') ?? page.tree;
  const title = lineOf(first(article, 'h1'));
  if (!title) throw new PageReadError('no title (h1)');
  const bodies = all(page.tree, '[id=ozoom], [id=OZOOM], .article-box .content');
  const body = bodies.find((element) => (lineOf(element) ?? '') !== '');
  if (!body) throw new PageReadError('no text (#ozoom)');
  const blocks = blocksOf(body, page.address);
  if (!blocks.some((block) => block.kind !== 'photo')) throw new PageReadError('no text (#ozoom)');
  const photos = photosOf(article, page.address).filter((photo) => !blocks.some((block) => block.kind === 'photo' && block.photo.address.href === photo.address.href));
  const subtitle = lineOf(first(article, 'h2'))?.replace(LEADING_DASHES, '');
  return {
    address: page.address,
    kicker: lineOf(first(article, 'h3')),
    title,
    subtitle: subtitle === '' ? undefined : subtitle,
    ...readSecLine(first(article, '.sec')),
    photos,
    blocks,
  };
}
