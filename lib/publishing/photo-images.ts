import sharp from 'sharp';
import type { IssueDate } from '../content/issue-date';
import type { Photo } from '../content/photos';
import { type PrintFile, widthsFor } from './print-images';
import { photoHref } from './routes';

/**
 * The files made from an article's photos when the site is built, by the same sharp pipeline as the
 * page scans: WebP at a few widths for the article (`srcset`), a JPEG for link previews (the
 * platforms that show them do not all read WebP) and a small crop for the contents. Every name
 * holds a hash of the photo's file, so the files may be cached for good.
 */

/** A phone (360 CSS px at 1×, 2×, 3×) and the article column on a wide screen at 2×; the widest is the large view. */
export const PHOTO_WIDTHS = [360, 720, 1080, 1600] as const;
/** The article column is at most 48rem wide; below that, the screen's width. */
export const PHOTO_SIZES = '(min-width: 48rem) 48rem, 100vw';
/** Link previews: 1200 px wide, as the platforms ask. */
const PREVIEW_WIDTH = 1200;
/** A contents thumbnail: shown at 96 × 72 CSS px, made for 2× screens. */
export const THUMBNAIL_DISPLAY_SIZE = { width: 96, height: 72 } as const;
const THUMBNAIL_SIZE = { width: THUMBNAIL_DISPLAY_SIZE.width * 2, height: THUMBNAIL_DISPLAY_SIZE.height * 2 };

export const photoWidths = (photo: Photo) => widthsFor(photo.image, PHOTO_WIDTHS);

/** The size a photo's preview JPEG is made at. */
function previewSize(photo: Photo): { width: number; height: number } {
  const width = Math.min(PREVIEW_WIDTH, photo.image.width);
  return { width, height: Math.round((photo.image.height * width) / photo.image.width) };
}

const nameOf = (href: string) => href.slice(href.lastIndexOf('/') + 1);

/** Every file served for the photos of one issue; a photo several articles use is made once. */
export function issuePhotoFiles(date: IssueDate, photos: Iterable<Photo>): PrintFile[] {
  const files = new Map<string, PrintFile>();
  const add = (href: string, render: PrintFile['render']) => files.set(nameOf(href), { name: nameOf(href), render });
  for (const photo of photos) {
    const source = photo.image.file;
    for (const width of photoWidths(photo)) {
      // Smaller images carry fewer details, so they can take a lower quality at the same look.
      const quality = width <= 360 ? 60 : 68;
      add(photoHref(date, photo, width), async () => ({
        body: await sharp(source).rotate().resize({ width, withoutEnlargement: true }).webp({ quality }).toBuffer(),
        type: 'image/webp',
      }));
    }
    // JPEG has no transparency: a PNG's transparent parts become white, as on the page.
    add(photoHref(date, photo, 'preview'), async () => ({
      body: await sharp(source).rotate().resize({ width: previewSize(photo).width }).flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer(),
      type: 'image/jpeg',
    }));
    add(photoHref(date, photo, 'thumbnail'), async () => ({
      body: await sharp(source).rotate().resize({ ...THUMBNAIL_SIZE, fit: 'cover' }).webp({ quality: 60 }).toBuffer(),
      type: 'image/webp',
    }));
  }
  return [...files.values()];
}
