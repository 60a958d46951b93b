import type { Element } from 'hast';
import { type HtmlPage, all, attribute, first, lineOf, linkOf } from './html-text';
import { pageKey, platformAddress, sameIssue } from './platform-address';

/** One page (版面) of an issue as its layout page shows it. */
export type LayoutPage = {
  address: URL;
  page: number;
  /** The page's name, `深度聚焦` of `第05版：深度聚焦`: the articles' section. */
  section: string;
  /** Every layout page of the issue this one links to, itself included, with the number and name the links give. */
  pages: { address: URL; page?: number; section?: string }[];
  /** The articles in the page's list, in order. */
  articles: { address: URL; title: string }[];
  scan?: { address: URL; displayedWidth?: number; displayedHeight?: number };
  /** The image map's areas: which article each outlines, and its corners in pixels of the displayed scan. */
  areas: { address: URL; corners: [number, number][] }[];
  pdf?: URL;
  /** 期号, when the page says `第23期`. */
  issueNumber?: number;
};

export class PageReadError extends Error {}

const PAGE_LABEL = /第\s*0*(\d{1,3})\s*版\s*[:：]\s*(\S.*)$/u;
const PAGE_LINK = /^第?\s*0*(\d{1,3})\s*版\s*[:：]?\s*(.*)$/u;
const ISSUE_NUMBER = /第\s*0*(\d{1,2})\s*期/u;
const EDITORS_CREDIT = /^(?:本版)?责(?:任)?编/u;

function positiveNumber(value: string | undefined): number | undefined {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** `x1,y1,x2,y2,…` of an `<area>` as corners; a rectangle's two corners become four. */
export function areaCorners(shape: string, coords: string): [number, number][] {
  const numbers = coords
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.some((value) => !Number.isFinite(value))) return [];
  if (/^rect/i.test(shape) && numbers.length >= 4) {
    const [x1, y1, x2, y2] = numbers;
    return [
      [Math.min(x1, x2), Math.min(y1, y2)],
      [Math.max(x1, x2), Math.min(y1, y2)],
      [Math.max(x1, x2), Math.max(y1, y2)],
      [Math.min(x1, x2), Math.max(y1, y2)],
    ];
  }
  if (/^circ/i.test(shape) && numbers.length >= 3) {
    const [x, y, r] = numbers;
    return areaCorners('rect', `${x - r},${y - r},${x + r},${y + r}`);
  }
  const corners: [number, number][] = [];
  for (let index = 0; index + 1 < numbers.length; index += 2) {
    const corner: [number, number] = [numbers[index], numbers[index + 1]];
    const previous = corners.at(-1);
    if (!previous || previous[0] !== corner[0] || previous[1] !== corner[1]) corners.push(corner);
  }
  const [start] = corners;
  const end = corners.at(-1);
  if (corners.length > 1 && start && end && start[0] === end[0] && start[1] === end[1]) corners.pop();
  return corners;
}

function imageMapOf(page: HtmlPage, image: Element | undefined): Element | undefined {
  const name = image && attribute(image, 'useMap')?.replace(/^#/, '').toLowerCase();
  const maps = all(page.tree, 'map');
  return maps.find((map) => name !== undefined && [attribute(map, 'name'), attribute(map, 'id')].some((value) => value?.toLowerCase() === name)) ?? maps[0];
}

/**
 * Reads a layout page; a page without a label like `第05版：深度聚焦` is refused. `localize` says where
 * a link is read from (a saved copy reads the platform's absolute links from disk).
 */
export function readLayoutPage(page: HtmlPage, localize: (address: URL) => URL = (address) => address): LayoutPage {
  const linked = (element: Element, name: string) => {
    const address = linkOf(element, name, page.address);
    return address && localize(address);
  };
  const here = platformAddress(page.address);
  if (!here || here.kind !== 'layout') throw new PageReadError('not a layout page of the e-paper platform');

  const pages = new Map<string, LayoutPage['pages'][number]>();
  pages.set(pageKey(page.address), { address: page.address });
  const articles = new Map<string, LayoutPage['articles'][number]>();
  const listed = all(page.tree, '.news-list a[href], #titleList a[href], .news a[href]');
  for (const link of [...listed, ...all(page.tree, 'a[href]')]) {
    const address = linked(link, 'href');
    const target = address && platformAddress(address);
    if (!address || !target || !sameIssue(target, here)) continue;
    const text = lineOf(link) ?? '';
    if (target.kind === 'layout') {
      const known = pages.get(pageKey(address)) ?? { address };
      const label = PAGE_LINK.exec(text);
      if (label && known.page === undefined) Object.assign(known, { page: Number(label[1]), section: label[2].trim() || undefined });
      pages.set(pageKey(address), known);
    } else if (!articles.has(pageKey(address)) && !EDITORS_CREDIT.test(text) && (listed.includes(link) || listed.length === 0)) {
      articles.set(pageKey(address), { address, title: text });
    }
  }

  const image = first(page.tree, 'img[usemap]');
  const scanAddress = image && linked(image, 'src');
  const map = imageMapOf(page, image);
  const areas: LayoutPage['areas'] = [];
  for (const area of map ? all(map, 'area[href]') : []) {
    const address = linked(area, 'href');
    const target = address && platformAddress(address);
    if (!address || !target || target.kind !== 'content' || !sameIssue(target, here)) continue;
    const corners = areaCorners(attribute(area, 'shape') ?? 'polygon', attribute(area, 'coords') ?? '');
    if (corners.length >= 3) areas.push({ address, corners });
  }

  const pdf = all(page.tree, 'a[href]')
    .map((link) => linked(link, 'href'))
    .find((address) => /\.pdf$/i.test(address?.pathname ?? ''));
  const labelText = all(page.tree, 'body *')
    .filter((element) => element.tagName !== 'a' && element.tagName !== 'script')
    .map((element) => element.children.flatMap((child) => (child.type === 'text' ? [child.value] : [])).join('').trim())
    .find((text) => PAGE_LABEL.test(text));
  const label = labelText ? PAGE_LABEL.exec(labelText) : undefined;
  const own = pages.get(pageKey(page.address));
  const number = label ? Number(label[1]) : own?.page ?? positiveNumber(/^node_0*(\d{1,3})$/.exec(here.template === 'pc' ? here.name : '')?.[1]);
  const section = label?.[2].replace(/\s+$/, '') ?? own?.section;
  if (number === undefined || !section) throw new PageReadError('no page label like "第05版：深度聚焦"');
  if (own) Object.assign(own, { page: number, section });

  const dateText = all(page.tree, '[class*=date], [id*=date], #riqi_')
    .map((element) => lineOf(element) ?? '')
    .find((text) => ISSUE_NUMBER.test(text));
  return {
    address: page.address,
    page: number,
    section,
    pages: [...pages.values()],
    articles: [...articles.values()],
    scan: scanAddress && {
      address: scanAddress,
      displayedWidth: positiveNumber(image && attribute(image, 'width')),
      displayedHeight: positiveNumber(image && attribute(image, 'height')),
    },
    areas,
    pdf,
    issueNumber: dateText ? Number(ISSUE_NUMBER.exec(dateText)?.[1]) : undefined,
  };
}
