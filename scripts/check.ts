import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/site-content';
import { countOf, formatProblem } from '../lib/content/problems';
import { displayPath } from '../lib/content/display-path';
import { validateContent } from '../lib/content/load-content';
import { chineseTextWarnings } from '../lib/editor/text-warnings';
import { PUBLISH_UNTIL_VARIABLE, publicationCutOff } from '../lib/content/publication';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

const dir = contentDir();
let publishUntil: string;
try {
  publishUntil = publicationCutOff();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(2);
}
const { index, errors, warnings, scheduled } = validateContent(dir, { publishUntil, lint: chineseTextWarnings });
const counts = { issues: index.issues.length, articles: index.articles.size };
const scheduledIssues = scheduled.map((date) => ({ date, articles: index.issues.find((issue) => issue.date === date)?.articleCount ?? 0 }));

if (values.json) {
  console.log(
    JSON.stringify({ contentDir: displayPath(dir), ok: errors.length === 0, ...counts, publishUntil, scheduled: scheduledIssues, errors, warnings }, null, 2),
  );
} else {
  if (errors.length > 0) console.log(`Errors (the build stops on these):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  if (warnings.length > 0) console.log(`Warnings:\n${warnings.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  if (scheduledIssues.length > 0) {
    console.log(`Scheduled (after ${publishUntil}, ${PUBLISH_UNTIL_VARIABLE}; published on their date, shown now by npm run dev):`);
    for (const issue of scheduledIssues) console.log(`  ${issue.date}: ${countOf(issue.articles, 'article')}`);
  }
  console.log(
    `${displayPath(dir)}: ${countOf(errors.length, 'error')}, ${countOf(warnings.length, 'warning')}; ` +
      `${countOf(counts.articles, 'valid article')} in ${countOf(counts.issues, 'issue')}` +
      `${scheduledIssues.length > 0 ? ` (${scheduledIssues.length} scheduled)` : ''}.`,
  );
}
process.exit(errors.length > 0 ? 1 : 0);
