import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/site-content';
import { displayPath } from '../lib/content/display-path';
import { validateContent } from '../lib/content/load-content';
import { countOf, formatProblem } from '../lib/content/problems';
import { type IssueFolderPlan, planIssueFolder } from '../lib/editor/e-paper/issue-folder-plan';
import { findSavedIssues, httpOptionsFromEnvironment, isHtmlFile, isWebAddress, issueStarts } from '../lib/editor/e-paper/import-sources';
import { IssueReadError, readIssuePages } from '../lib/editor/e-paper/read-issue-pages';
import { IssueFolderInvalid, outcomeOf, writeIssueFolder } from '../lib/editor/e-paper/write-issue-folder';
import { listCaptures, planImports, summarizeImport, writeImport } from '../lib/editor/import-captures';

const USAGE = `Usage: npm run import -- [options] <source>...

A source is one of:
  a layout page of the e-paper by its address   http://paper.people.com.cn/mszk/pc/layout/202412/16/node_01.html
  a saved layout page (a saved copy of the site, e.g. by wget --mirror)   …/mszk/pc/layout/202412/16/node_01.html
  a folder holding such a copy (every issue in it)
  text captures of the e-paper's article view (.txt), or folders of them

From one page of an issue it writes the whole issue to CONTENT_DIR/<date>/ (default: content):
every article, its photos, the pages' scans and PDFs, the articles' outlines on the scans, issue.yaml.

Options:
  --force              replace files that differ from the source (articles edited by hand)
  --dry-run            list what would be written (captures: print the files) and write nothing
  --allow-missing      import an issue even when a scan, PDF or photo cannot be fetched, leaving it out
  --title-subtitle     captures: read two heading lines as title and subtitle (default: kicker and title)
  --keep-punctuation   captures: keep half-width , ; : ? ! ( ) as captured (default: full-width next to Chinese)
  --help               show this help

Over HTTP it asks for one page at a time, IMPORT_PAUSE_MS apart (default 1000), retrying server
errors and time-outs (IMPORT_RETRIES, default 3; IMPORT_TIMEOUT_MS, default 30000).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'title-subtitle': { type: 'boolean', default: false },
    'keep-punctuation': { type: 'boolean', default: false },
    'allow-missing': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const isFolder = (given: string) => {
  try {
    return statSync(given).isDirectory();
  } catch {
    return false;
  }
};
const isEPaperSource = (given: string) => isWebAddress(given) || isHtmlFile(given) || (isFolder(given) && findSavedIssues(given).length > 0);
const ePaperSources = positionals.filter(isEPaperSource);
const captureSources = positionals.filter((given) => !ePaperSources.includes(given));

let failed = false;
if (ePaperSources.length > 0) failed = !(await importIssues(ePaperSources));
if (!failed && captureSources.length > 0) failed = !importCaptures(captureSources);
process.exit(failed ? 1 : 0);

/** Reads every issue first, then writes each issue folder whole; nothing is written when any cannot be read. */
async function importIssues(sources: string[]): Promise<boolean> {
  const started = performance.now();
  const plans: IssueFolderPlan[] = [];
  for (const given of sources) {
    const starts = issueStarts(given, httpOptionsFromEnvironment());
    if (typeof starts === 'string') {
      console.error(`${given}: ${starts}\nNothing written.`);
      return false;
    }
    for (const { address, source, describe } of starts) {
      console.log(`Reading the issue of ${describe}`);
      try {
        const issue = await readIssuePages(address, source, { allowMissing: values['allow-missing'], log: (line) => console.log(`  ${line}`) });
        plans.push(planIssueFolder(issue, contentDir()));
      } catch (error) {
        if (!(error instanceof IssueReadError)) throw error;
        for (const { what, address: where, reason } of error.failures) console.error(`${what} ${where}: ${reason}`);
        console.error(`Nothing written: ${countOf(error.failures.length, 'page or file')} of the issue could not be read${values['allow-missing'] ? '' : ' (--allow-missing imports an issue without the scans, PDFs or photos that cannot be fetched)'}.`);
        return false;
      }
    }
  }

  let ok = true;
  for (const plan of plans) {
    for (const note of plan.notes) console.log(`  note: ${note}`);
    const articles = plan.files.filter((file) => file.path.endsWith('.md')).length;
    const shown = (file: { path: string }) => displayPath(`${plan.folder}/${file.path}`);
    const planned = outcomeOf(plan, values.force);
    const action = { new: 'new', updated: 'updated from the e-paper', edited: 'replaced', unchanged: 'unchanged' } as const;
    for (const file of planned.written) console.log(`  ${values['dry-run'] ? `would write (${file.status})` : action[file.status]} ${shown(file)}: ${file.describe}`);
    for (const file of planned.kept) console.log(`  kept ${shown(file)}: ${file.describe} was edited since it was imported; --force replaces it with the e-paper's`);
    if (values['dry-run']) {
      console.log(`Dry run for ${plan.date}: ${countOf(articles, 'article')}; ${planned.written.length} to write, ${planned.kept.length} kept, ${planned.unchanged.length} unchanged; nothing written.`);
      continue;
    }
    try {
      const outcome = writeIssueFolder(plan, values.force);
      if (outcome.written.length === 0) {
        console.log(`Nothing new for ${plan.date}: ${countOf(outcome.unchanged.length, 'file')} as the e-paper has them${outcome.kept.length ? `, ${outcome.kept.length} kept as edited` : ''}.`);
      } else {
        console.log(`Imported ${plan.date}: ${countOf(articles, 'article')}; ${outcome.written.length} written, ${outcome.kept.length} kept, ${outcome.unchanged.length} unchanged.`);
      }
    } catch (error) {
      if (!(error instanceof IssueFolderInvalid)) throw error;
      for (const problem of error.problems) console.error(problem);
      console.error(`Nothing written for ${plan.date}: the issue would not pass the content check.`);
      ok = false;
    }
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return ok;
}

function importCaptures(sources: string[]): boolean {
  const captures = (count: number) => countOf(count, 'capture');
  const options = {
    contentDir: contentDir(),
    force: values.force,
    twoHeadingsAreTitleAndSubtitle: values['title-subtitle'],
    keepPunctuation: values['keep-punctuation'],
  };
  const listed = listCaptures(sources);
  const { plans, failures } = planImports(listed.files, options);
  const allFailures = [...listed.failures, ...failures];
  if (allFailures.length > 0) {
    for (const { source, line, reason } of allFailures) console.error(`${source}${line > 0 ? `:${line}` : ''}: ${reason}`);
    console.error(`Nothing written: ${allFailures.length} of ${captures(listed.files.length + listed.failures.length)} could not be read.`);
    return false;
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
    return true;
  }
  console.log(`Imported ${captures(plans.length)}: ${counts.written} written, ${counts.overwritten} replaced, ${counts.skipped} skipped.`);

  // The new files must also fit with the rest of their issue (one section per page, distinct orders).
  const targets = new Set(plans.map((plan) => displayPath(plan.target)));
  const conflicts = validateContent(options.contentDir).errors.filter((problem) => targets.has(problem.file));
  if (conflicts.length > 0) {
    for (const problem of conflicts) console.error(formatProblem(problem));
    console.error('Fix these before publishing (npm run check lists every problem).');
    return false;
  }
  return true;
}
