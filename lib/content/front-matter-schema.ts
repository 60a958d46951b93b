import { z } from 'zod';

/** What YAML reads as a number or yes/no must be quoted to be text: `title: "1949"`. */
function notTextMessage(input: unknown): string {
  if (input === undefined) return 'is required';
  if (typeof input === 'number' || typeof input === 'boolean') return `must be text; put it in quotes: "${String(input)}"`;
  return 'must be text';
}

/** Required or optional text; the messages read after the field name: `title: is required`. */
const text = () =>
  z
    .string({ error: (issue) => notTextMessage(issue.input) })
    .trim()
    .min(1, 'must not be empty');

/** Accepts `5`, `05`, `012` and `"05"`, all read as decimal (YAML 1.2: a leading zero is not octal). */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    z
      .number({
        error: (issue) =>
          issue.input === undefined ? 'is required' : `must be a whole number from ${min} to ${max}`,
      })
      .int(`must be a whole number from ${min} to ${max}`)
      .min(min, `must be a whole number from ${min} to ${max}`)
      .max(max, `must be a whole number from ${min} to ${max}`),
  );

const AREA_MESSAGE =
  'must be a box [x, y, width, height] or a polygon [[x, y], [x, y], [x, y], …], in percent of the scan';
const percent = () => z.number({ error: AREA_MESSAGE }).min(0, AREA_MESSAGE).max(100, AREA_MESSAGE);

/** The box around an article on its page's scan: `[x, y, width, height]`. */
const areaBox = z
  .tuple([percent(), percent(), percent(), percent()], { error: AREA_MESSAGE })
  .refine(([x, y, width, height]) => width > 0 && height > 0 && x + width <= 100 && y + height <= 100, {
    message: 'must lie inside the scan: width and height above 0, x + width and y + height at most 100',
  });

/** The article's outline on the scan, as the e-paper's image maps draw it: three or more `[x, y]` corners. */
const areaPolygon = z
  .array(z.tuple([z.number({ error: AREA_MESSAGE }), z.number({ error: AREA_MESSAGE })], { error: AREA_MESSAGE }), { error: AREA_MESSAGE })
  .min(3, 'a polygon needs at least three corners [x, y]')
  .refine((corners) => corners.every((corner) => corner.every((value) => value >= 0 && value <= 100)), {
    message: 'every corner [x, y] must lie inside the scan: x and y from 0 to 100',
  });

/** The one definition of an article's front matter: the editors' contract. */
export const articleFrontMatterSchema = z.strictObject({
  /** 引题 */
  kicker: text().optional(),
  /** 主标题 */
  title: text(),
  /** 副题 */
  subtitle: text().optional(),
  /** The byline as printed, e.g. `《民生周刊》全媒体记者 罗燕`. */
  byline: text().optional(),
  /** Author names for metadata. */
  authors: z.array(text(), { error: 'must be a list of names' }).default([]),
  /** 栏目 */
  section: text(),
  /** 版次 */
  page: wholeNumber(1, 999),
  /** Position on its page; articles without one follow, in file name order. */
  order: wholeNumber(1, 999).optional(),
  /** Where the article sits on its page's scan, in percent of the image: a box or a polygon. */
  area: z.union([areaBox, areaPolygon], { error: AREA_MESSAGE }).optional(),
  /** The page it was imported from (the e-paper's article page), so that a new import finds it again. */
  source: z
    .string({ error: 'must be the address of the page the article came from' })
    .regex(/^https?:\/\/\S+$/, 'must be the address of the page the article came from, starting with http:// or https://')
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type ArticleArea = NonNullable<ArticleFrontMatter['area']>;
export const ARTICLE_FIELDS = Object.keys(articleFrontMatterSchema.shape);

/** `issue.yaml` beside the articles of an issue. */
const issueMetadataFields = z.strictObject({
  /** 期号 within the year: `23` is printed 2024年第23期. */
  number: wholeNumber(1, 99).optional(),
  /** Cover image, a path under `public/`, e.g. `/covers/2024-12-09.jpg`. */
  cover: z
    .string({ error: 'must be a path like /covers/2024-12-09.jpg' })
    .regex(/^\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/i, 'must be a path like /covers/2024-12-09.jpg')
    .optional(),
  /** What the cover shows, for readers who cannot see it. */
  coverAlt: text().optional(),
});

export const issueMetadataSchema = issueMetadataFields.refine(
  (metadata) => metadata.cover === undefined || metadata.coverAlt !== undefined,
  { path: ['coverAlt'], message: 'is required when there is a cover' },
);

export type IssueMetadata = z.infer<typeof issueMetadataSchema>;
export const ISSUE_METADATA_FIELDS = Object.keys(issueMetadataFields.shape);
