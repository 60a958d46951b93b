import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content';
import { countOf, formatProblem } from '../lib/content-problems';
import { displayPath } from '../lib/display-path';
import { validateContent } from '../lib/load-content';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

const dir = contentDir();
const { index, errors, warnings } = validateContent(dir);
const counts = { issues: index.issues.length, articles: index.articles.size };

if (values.json) {
  console.log(JSON.stringify({ contentDir: displayPath(dir), ok: errors.length === 0, ...counts, errors, warnings }, null, 2));
} else {
  if (errors.length > 0) console.log(`Errors (the build stops on these):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  if (warnings.length > 0) console.log(`Warnings:\n${warnings.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  console.log(
    `${displayPath(dir)}: ${countOf(errors.length, 'error')}, ${countOf(warnings.length, 'warning')}; ` +
      `${countOf(counts.articles, 'valid article')} in ${countOf(counts.issues, 'issue')}.`,
  );
}
process.exit(errors.length > 0 ? 1 : 0);
