import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bylineAuthors } from '../content/byline';
import { articleFrontMatterSchema } from '../content/front-matter-schema';
import { formatYaml } from '../content/yaml-text';
import { isIssueDate } from '../content/issue-date';
import { slugFromTitle } from './slug';

export type ScaffoldInput = {
  date: string;
  page: string;
  section: string;
  title: string;
  kicker?: string;
  subtitle?: string;
  byline?: string;
  slug?: string;
};

/** Commented-out lines for the optional fields not given, so the file lists every field. */
const PLACEHOLDERS = {
  kicker: '# kicker: 引题',
  subtitle: '# subtitle: 副题',
  byline: '# byline: 《民生周刊》记者 姓名',
  authors: '# authors: [姓名]',
  order: '# order: 1',
} as const;

export const BODY_PLACEHOLDER = [
  '<!-- 正文：段落之间空一行，小标题以“## ”开头。',
  '照片放在本期文件夹（如 images/），单独占一行：![图说](images/照片.jpg "许宁 摄")，方括号里写图说，引号里写摄影署名。 -->',
].join('\n');

export class ScaffoldError extends Error {}

/** The text of a new article file with every field, checked against the schema. */
export function scaffoldArticle(input: ScaffoldInput): { slug: string; text: string } {
  if (!isIssueDate(input.date)) throw new ScaffoldError(`--date: "${input.date}" is not a real date written YYYY-MM-DD`);
  const parsed = articleFrontMatterSchema.safeParse({
    kicker: input.kicker,
    title: input.title,
    subtitle: input.subtitle,
    byline: input.byline,
    authors: input.byline ? bylineAuthors(input.byline) : [],
    section: input.section,
    page: input.page,
  });
  if (!parsed.success) {
    throw new ScaffoldError(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const slug = input.slug ?? slugFromTitle(parsed.data.title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ScaffoldError('--slug: must be ASCII lower-case letters, digits and "-"');
  }
  const { kicker, title, subtitle, byline, authors, section, page } = parsed.data;
  const line = (key: string, value: unknown) => formatYaml({ [key]: value }).trimEnd();
  const lines = [
    kicker === undefined ? PLACEHOLDERS.kicker : line('kicker', kicker),
    line('title', title),
    subtitle === undefined ? PLACEHOLDERS.subtitle : line('subtitle', subtitle),
    byline === undefined ? PLACEHOLDERS.byline : line('byline', byline),
    authors.length === 0 ? PLACEHOLDERS.authors : line('authors', authors),
    line('section', section),
    line('page', page),
    PLACEHOLDERS.order,
  ];
  return { slug, text: `---\n${lines.join('\n')}\n---\n\n${BODY_PLACEHOLDER}\n` };
}

/** Writes the scaffold to `<contentDir>/<date>/<slug>.md`, never over an existing file. */
export function writeScaffold(input: ScaffoldInput, contentDir: string): string {
  const { slug, text } = scaffoldArticle(input);
  const target = path.join(contentDir, input.date, `${slug}.md`);
  if (existsSync(target)) throw new ScaffoldError(`${target} exists already; choose another --slug`);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  return target;
}
