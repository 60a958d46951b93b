import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/content-index';
import { countOf, formatProblem } from '../lib/content/problems';
import { displayPath } from '../lib/content/display-path';
import { listCaptures, planImports, summarizeImport, writeImport } from '../lib/editor/import-captures';
import { validateContent } from '../lib/content/load-content';

const USAGE = `Usage: npm run import -- [options] <capture.txt or folder>...

Converts text captures of the e-paper's article view into article files in CONTENT_DIR (default: content).

Options:
  --title-subtitle     read two heading lines as title and subtitle (default: kicker and title)
  --keep-punctuation   keep half-width , ; : ? ! ( ) as captured (default: full-width next to Chinese)
  --force              replace an article that was imported before
  --dry-run            print the files instead of writing them
  --help               show this help`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'title-subtitle': { type: 'boolean', default: false },
    'keep-punctuation': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const captures = (count: number) => countOf(count, 'capture');
const options = {
  contentDir: contentDir(),
  force: values.force,
  twoHeadingsAreTitleAndSubtitle: values['title-subtitle'],
  keepPunctuation: values['keep-punctuation'],
};

const listed = listCaptures(positionals);
const { plans, failures } = planImports(listed.files, options);
const allFailures = [...listed.failures, ...failures];
if (allFailures.length > 0) {
  for (const { source, line, reason } of allFailures) console.error(`${source}${line > 0 ? `:${line}` : ''}: ${reason}`);
  console.error(`Nothing written: ${allFailures.length} of ${captures(listed.files.length + listed.failures.length)} could not be read.`);
  process.exit(1);
}

const counts = { written: 0, overwritten: 0, skipped: 0 };
plans.forEach((plan, index) => {
  const progress = plans.length > 1 ? `[${index + 1}/${plans.length}] ` : '';
  if (values['dry-run']) {
    console.log(`${progress}would write ${displayPath(plan.target)}: ${summarizeImport(plan)}\n${plan.text}`);
    return;
  }
  const outcome = writeImport(plan, values.force);
  counts[outcome]++;
  const note = outcome === 'skipped' ? 'exists, not replaced (use --force to replace)' : outcome;
  console.log(`${progress}${note} ${displayPath(plan.target)}: ${summarizeImport(plan)}`);
});

if (values['dry-run']) {
  console.log(`Dry run: ${captures(plans.length)} read, nothing written.`);
  process.exit(0);
}
console.log(`Imported ${captures(plans.length)}: ${counts.written} written, ${counts.overwritten} replaced, ${counts.skipped} skipped.`);

// The new files must also fit with the rest of their issue (one section per page, distinct orders).
const targets = new Set(plans.map((plan) => displayPath(plan.target)));
const conflicts = validateContent(options.contentDir).errors.filter((problem) => targets.has(problem.file));
if (conflicts.length > 0) {
  for (const problem of conflicts) console.error(formatProblem(problem));
  console.error('Fix these before publishing (npm run check lists every problem).');
  process.exit(1);
}
