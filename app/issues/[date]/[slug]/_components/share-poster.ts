import { qrCode } from '@/lib/publishing/qr-code';
import { shownText } from '@/app/_components/traditional-script-state';

/**
 * 分享海报: an image of the article to save and send where a link shows nothing (WeChat without an
 * official account): the masthead with the date, the kicker and title, the first photo or
 * the first lines of the text, and the article's QR code. Drawn in the browser from the page as the
 * reader sees it (简 or 繁), so it needs no server and works offline; a PNG of at most
 * MAX_POSTER_BYTES (a smaller photo, then none, when a photo makes it larger).
 */

export const POSTER_WIDTH = 750;
export const MAX_POSTER_BYTES = 300 * 1024;
const MARGIN = 48;
const TEXT_WIDTH = POSTER_WIDTH - 2 * MARGIN;
const QR_SIZE = 200;
/**
 * The widths a photo is tried at, largest first. A photo costs a PNG about 2.6 bytes a pixel (JPEG
 * photos as PNG), so within 300 KB it is often 320–400 px of the 750.
 */
const PHOTO_WIDTHS = [TEXT_WIDTH, 560, 480, 400, 320, 240];
const PAPER = '#fbfaf7';
const INK = '#1f1f1f';
const MUTED = '#595959';
const MASTHEAD = '#b3121b';

export type PosterText = { masthead: string; dateline: string; kicker?: string; title: string; lines: string[]; url: string };

/** What the poster says, read from the article page as shown. */
export function posterTextFrom(article: Element, url: string): PosterText {
  const text = (selector: string) => article.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const masthead = document.querySelector('body > header a')?.textContent?.trim() || shownText('民生周刊');
  const section = text('header p a');
  const date = text('header time');
  const paragraphs = [...article.querySelectorAll('.article-body > p')].map((paragraph) => paragraph.textContent?.trim() ?? '').filter(Boolean);
  return { masthead, dateline: [date, section].filter(Boolean).join(' · '), kicker: text('[data-field="kicker"]') || undefined, title: text('[data-field="title"]'), lines: paragraphs.slice(0, 3), url };
}

/**
 * Lines of `text`, each no wider than `widthOf(its index)`, broken between any two characters but
 * never before closing punctuation; the last ends in … when the text goes on.
 */
function wrap(context: CanvasRenderingContext2D, text: string, widthOf: (line: number) => number, maxLines: number): string[] {
  const characters = Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const [index, character] of characters.entries()) {
    if (line && context.measureText(line + character).width > widthOf(lines.length) && !/^[，。、；：？！”’）》」』,.;:?!)]$/.test(character)) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) {
        lines[maxLines - 1] = `${Array.from(lines[maxLines - 1]).slice(0, -1).join('')}…`;
        return lines;
      }
    }
    line += character;
    if (index === characters.length - 1) lines.push(line);
  }
  return lines;
}

type Layout = { photo?: HTMLImageElement; photoWidth: number };

function draw(canvas: HTMLCanvasElement, text: PosterText, fonts: { serif: string; sans: string }, { photo, photoWidth }: Layout): void {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  const serif = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${fonts.serif}`;
  const sans = (size: number) => `${size}px ${fonts.sans}`;

  // Measure first: the height follows the text.
  context.font = serif(46, true);
  const title = wrap(context, text.title, () => TEXT_WIDTH, 4);
  context.font = serif(30);
  // The first line is indented two characters, as the article's paragraphs are.
  const body = photo ? [] : wrap(context, text.lines.join(''), (line) => (line === 0 ? TEXT_WIDTH - 60 : TEXT_WIDTH), 6);
  const photoHeight = photo ? Math.round((photoWidth * photo.naturalHeight) / photo.naturalWidth) : 0;
  const height = 170 + (text.kicker ? 56 : 0) + title.length * 64 + 40 + (photo ? photoHeight + 40 : body.length * 52 + 40) + QR_SIZE + 120;

  canvas.width = POSTER_WIDTH;
  canvas.height = height;
  context.fillStyle = PAPER;
  context.fillRect(0, 0, POSTER_WIDTH, height);
  context.fillStyle = MASTHEAD;
  context.fillRect(0, 0, POSTER_WIDTH, 130);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'alphabetic';
  context.font = serif(54, true);
  context.fillText(text.masthead, MARGIN, 80);
  context.font = sans(24);
  context.fillText(text.dateline, MARGIN, 116);

  let y = 170;
  context.textAlign = 'left';
  if (text.kicker) {
    context.fillStyle = MUTED;
    context.font = sans(28);
    context.fillText(wrap(context, text.kicker, () => TEXT_WIDTH, 1)[0] ?? '', MARGIN, y + 28);
    y += 56;
  }
  context.fillStyle = INK;
  context.font = serif(46, true);
  for (const line of title) {
    context.fillText(line, MARGIN, y + 50);
    y += 64;
  }
  y += 40;
  if (photo) {
    context.drawImage(photo, (POSTER_WIDTH - photoWidth) / 2, y, photoWidth, photoHeight);
    y += photoHeight + 40;
  } else {
    context.font = serif(30);
    context.fillStyle = INK;
    body.forEach((line, index) => context.fillText(line, MARGIN + (index === 0 ? 60 : 0), y + 36 + index * 52));
    y += body.length * 52 + 40;
  }

  context.fillStyle = MASTHEAD;
  context.fillRect(MARGIN, y, TEXT_WIDTH, 2);
  y += 40;
  const { size, path } = qrCode(text.url);
  const scale = QR_SIZE / size;
  context.save();
  context.translate(MARGIN, y);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, QR_SIZE, QR_SIZE);
  context.scale(scale, scale);
  context.fillStyle = '#000000';
  context.fill(new Path2D(path));
  context.restore();
  context.fillStyle = INK;
  context.font = sans(30);
  context.fillText(shownText('长按识别二维码'), MARGIN + QR_SIZE + 36, y + 80);
  context.fillStyle = MUTED;
  context.font = sans(26);
  context.fillText(shownText('阅读全文'), MARGIN + QR_SIZE + 36, y + 126);
}

const toPng = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));

/** The article's first photo, once decoded; left out when it cannot be within a few seconds (offline, never loaded). */
async function firstPhoto(article: Element): Promise<HTMLImageElement | undefined> {
  const image = article.querySelector<HTMLImageElement>('.article-body figure img');
  if (!image) return undefined;
  // A lazy photo below the screen has not been fetched yet.
  image.loading = 'eager';
  const decoded = await Promise.race([image.decode().then(() => true, () => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
  return decoded && image.naturalWidth > 0 ? image : undefined;
}

/** The poster as a PNG: with the article's photo at the largest width that keeps it within MAX_POSTER_BYTES. */
export async function makePoster(article: Element, url: string): Promise<Blob> {
  await document.fonts.ready;
  const text = posterTextFrom(article, url);
  const fonts = { serif: getComputedStyle(article.querySelector('[data-field="title"]') ?? article).fontFamily, sans: getComputedStyle(document.body).fontFamily };
  const photo = await firstPhoto(article);
  const canvas = document.createElement('canvas');
  for (const layout of [...(photo ? PHOTO_WIDTHS.map((photoWidth) => ({ photo, photoWidth })) : []), { photoWidth: 0 }]) {
    draw(canvas, text, fonts, layout);
    const png = await toPng(canvas);
    if (png.size <= MAX_POSTER_BYTES) return png;
  }
  throw new Error('poster too large');
}
