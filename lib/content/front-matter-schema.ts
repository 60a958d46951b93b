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

const AREA_MESSAGE = 'must be four numbers [x, y, width, height], in percent of the scan';
const percent = () => z.number({ error: AREA_MESSAGE }).min(0, AREA_MESSAGE).max(100, AREA_MESSAGE);

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
  /** Where the article sits on its page's scan: `[x, y, width, height]` in percent of the image. */
  area: z
    .tuple([percent(), percent(), percent(), percent()], { error: AREA_MESSAGE })
    .refine(([x, y, width, height]) => width > 0 && height > 0 && x + width <= 100 && y + height <= 100, {
      message: 'must lie inside the scan: width and height above 0, x + width and y + height at most 100',
    })
    .optional(),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
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
