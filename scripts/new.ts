import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/site-content';
import { displayPath } from '../lib/content/display-path';
import { ScaffoldError, writeScaffold } from '../lib/editor/scaffold-article';

const USAGE = `Usage: npm run new -- --date 2024-12-16 --page 3 --section 民生调查 --title "标题" [options]

Creates <CONTENT_DIR>/<date>/<slug>.md with every front-matter field, ready to fill in.

Options:
  --kicker, --subtitle, --byline   fill these fields too (authors come from the byline)
  --slug                           the file name (default: the title in pinyin)`;

const { values } = parseArgs({
  options: {
    date: { type: 'string' },
    page: { type: 'string' },
    section: { type: 'string' },
    title: { type: 'string' },
    kicker: { type: 'string' },
    subtitle: { type: 'string' },
    byline: { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const target = writeScaffold(
    { ...values, date: values.date ?? '', page: values.page ?? '', section: values.section ?? '', title: values.title ?? '' },
    contentDir(),
  );
  console.log(`created ${displayPath(target)}\nWrite the body in place of the comment, then run: npm run check`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
