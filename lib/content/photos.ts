import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from './display-path';
import type { PhotoReference } from './markdown';
import { type ImageFile, PAGES_FOLDER, COVER, readImage } from './print-files';
import { ContentReport } from './problems';

/**
 * The photos of an issue's articles: `![图说](images/canteen.jpg "许宁 摄")` points at a file in the
 * issue folder, relative to the article; `/images/x.jpg` at one under `public/`, as before photos
 * lived beside their articles. Each is checked here (it exists, is an image of its kind, at most
 * 20 MB, has a caption, stays inside its folder); lib/publishing/photo-images.ts makes its sizes.
 */

export type Photo = {
  /** 图说, shown under the photo and used as its alt text. */
  caption: string;
  /** The credit, `许宁 摄`. */
  credit?: string;
  image: ImageFile;
  /** The file's name in the photo's addresses: its own, where it is plain ASCII, else `photo`. */
  name: string;
};

const PHOTO_FILE = /\.(?:jpe?g|png|webp)$/i;
/** Where `/images/x.jpg` points: the site's public folder. */
const PUBLIC_FOLDER = 'public';

/** `images/Canteen 2.jpg` is served as `canteen-2-<hash>-720.webp`. */
export function photoName(file: string): string {
  const stem = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return stem || 'photo';
}

const isInside = (folder: string, file: string) => file.startsWith(folder + path.sep);

function decodedSource(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}

type ReadPhoto = { image?: ImageFile; problems: string[] };

/**
 * Reads the photos of one issue's articles, each file once however many articles use it, and
 * reports every problem on the article's line that names the photo.
 */
export class IssuePhotos {
  readonly #read = new Map<string, ReadPhoto>();
  readonly #folder: string;
  readonly #publicFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), PUBLIC_FOLDER);

  constructor(
    folder: string,
    private readonly contentRoot: string,
  ) {
    this.#folder = path.resolve(folder);
  }

  /** The photos of one article that are valid, by reference; the others are reported. */
  resolve(references: readonly PhotoReference[], articleFile: string, bodyLineOffset: number, report: ContentReport): Map<PhotoReference, Photo> {
    const photos = new Map<PhotoReference, Photo>();
    for (const reference of references) {
      const problem = (message: string) => report.error({ file: articleFile, line: reference.line + bodyLineOffset, field: 'photo', message: `${reference.src || '(no path)'} ${message}` });
      const file = this.#locate(reference.src, problem);
      if (!file) continue;
      if (reference.caption === '') problem(`has no caption (图说): write it between the brackets, ![图说](${reference.src})`);
      const read = this.#readOnce(file);
      for (const message of read.problems) problem(message);
      if (read.image && reference.caption !== '') {
        photos.set(reference, { caption: reference.caption, ...(reference.credit ? { credit: reference.credit } : {}), image: read.image, name: photoName(file) });
      }
    }
    return photos;
  }

  /** The photo's file, checked to lie inside the issue folder (or, for `/…`, the public folder). */
  #locate(src: string, problem: (message: string) => void): string | undefined {
    const shownFolder = `${displayPath(this.#folder)}/`;
    if (src === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      problem(`is not a file in the issue folder: save the photo in ${shownFolder}images/ and write its path, images/x.jpg`);
      return undefined;
    }
    const decoded = decodedSource(src);
    const [root, relative] = decoded.startsWith('/') ? [this.#publicFolder, `.${decoded}`] : [this.#folder, decoded];
    const file = path.resolve(root, relative);
    if (!isInside(root, file)) {
      problem(root === this.#folder ? `leaves the issue folder; put the photo in ${shownFolder} and point at it from there` : 'leaves the public folder');
      return undefined;
    }
    if (!PHOTO_FILE.test(file)) {
      problem('is not a photo file: use JPEG, PNG or WebP (.jpg, .jpeg, .png, .webp)');
      return undefined;
    }
    let real: string;
    try {
      real = realpathSync(file);
      if (!statSync(real).isFile()) throw new Error('not a file');
    } catch {
      problem(`is not there (${displayPath(file)})`);
      return undefined;
    }
    const realRoot = root === this.#folder ? this.contentRoot : realpathSync(root);
    if (!isInside(realRoot, real)) {
      problem('is a symbolic link to a place outside its folder; refused');
      return undefined;
    }
    return file;
  }

  #readOnce(file: string): ReadPhoto {
    let read = this.#read.get(file);
    if (!read) {
      const own = new ContentReport();
      const image = readImage(file, own);
      read = { image, problems: own.errors.map((error) => error.message) };
      this.#read.set(file, read);
    }
    return read;
  }

  /** Photos in the issue folder that no article uses (the page scans and the cover aside). */
  reportUnused(report: ContentReport): void {
    const used = new Set(this.#read.keys());
    const visit = (folder: string, top: boolean) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || (top && (entry.name === PAGES_FOLDER || COVER.test(entry.name)))) continue;
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) visit(file, false);
        else if (PHOTO_FILE.test(entry.name) && !used.has(file)) {
          report.warn({ file: displayPath(file), field: 'photo', message: 'no article uses this photo; point at it with ![图说](path) or remove it' });
        }
      }
    };
    visit(this.#folder, true);
  }
}
