import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { IssueDate } from '../content/issue-date';
import type { BodyPart } from '../content/markdown';
import type { Photo } from '../content/photos';
import { PHOTO_SIZES, photoWidths } from './photo-images';
import { photoHref } from './routes';

/** The class of a photo's `<figure>`, for the page's styles. */
const PHOTO_FIGURE_CLASS = 'article-photo';

/**
 * A photo as the article shows it: the image at the phone's or screen's size (`srcset`), its width
 * and height set so the text never jumps, linked to its largest size; under it the caption (图说)
 * with the credit. Built as a tree and serialized by hast-util-to-html, which escapes every text
 * and attribute from content.
 */
export function photoFigure(date: IssueDate, photo: Photo, first: boolean): Element {
  const widths = photoWidths(photo);
  const largest = widths[widths.length - 1];
  const caption = photo.credit
    ? [text(photo.caption), element('span', { className: ['photo-credit'] }, [text(`\u3000${photo.credit}`)])]
    : [text(photo.caption)];
  const image = element('img', {
    src: photoHref(date, photo, widths.find((width) => width >= 720) ?? largest),
    srcSet: widths.map((width) => `${photoHref(date, photo, width)} ${width}w`).join(', '),
    sizes: PHOTO_SIZES,
    width: photo.image.width,
    height: photo.image.height,
    alt: photo.caption,
    // The first photo may be the page's largest paint; the others wait until they are near.
    loading: first ? 'eager' : 'lazy',
    decoding: 'async',
  });
  return element('figure', { className: [PHOTO_FIGURE_CLASS] }, [
    element('a', { href: photoHref(date, photo, largest), className: ['article-photo-link'], ariaLabel: `查看大图：${photo.caption}` }, [image]),
    element('figcaption', {}, caption),
  ]);
}

const text = (value: string) => ({ type: 'text' as const, value });
function element(tagName: string, properties: Element['properties'], children: Element['children'] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** The article's body as one HTML string: the sanitized Markdown with each photo's figure in its place. */
export function articleBodyHtml(date: IssueDate, body: readonly BodyPart<Photo>[]): string {
  let photos = 0;
  return body.map((part) => (part.kind === 'html' ? part.html : toHtml(photoFigure(date, part.photo, photos++ === 0)))).join('');
}
