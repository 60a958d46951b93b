import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../../content/load-content';
import { type ContentProblem, formatProblem } from '../../content/problems';
import { IMPORT_RECORD_FILE, type IssueFolderPlan, type PlannedFile, sha256 } from './issue-folder-plan';

export type WriteOutcome = {
  written: PlannedFile[];
  /** Files edited since they were imported, or written by hand, and so kept: replaced only with `force`. */
  kept: PlannedFile[];
  unchanged: PlannedFile[];
};

/** The import would leave the issue with these problems; nothing was written. */
export class IssueFolderInvalid extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function outcomeOf(plan: IssueFolderPlan, force: boolean): WriteOutcome {
  return {
    written: plan.files.filter((file) => file.status === 'new' || file.status === 'updated' || (file.status === 'edited' && force)),
    kept: plan.files.filter((file) => file.status === 'edited' && !force),
    unchanged: plan.files.filter((file) => file.status === 'unchanged'),
  };
}

/**
 * Writes the issue folder whole or not at all: the new folder is put together beside the content
 * (a copy of the present one with the imported files in it), checked with the build's own rules,
 * and only then swapped in by renaming. Files of the folder the import does not write stay.
 */
export function writeIssueFolder(plan: IssueFolderPlan, force: boolean): WriteOutcome {
  const outcome = outcomeOf(plan, force);
  if (outcome.written.length === 0) return outcome;
  const contentDir = path.dirname(plan.folder);
  const stagingRoot = path.join(contentDir, `.import-${plan.date}-${process.pid}`);
  const staged = path.join(stagingRoot, plan.date);
  rmSync(stagingRoot, { recursive: true, force: true });
  try {
    mkdirSync(stagingRoot, { recursive: true });
    if (existsSync(plan.folder)) cpSync(plan.folder, staged, { recursive: true, preserveTimestamps: true });
    mkdirSync(staged, { recursive: true });
    for (const file of outcome.written) {
      const target = path.join(staged, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    // What this import leaves as the e-paper has it; a kept file keeps its earlier entry, so it still reads as edited.
    const record = { ...plan.record };
    for (const file of [...outcome.written, ...outcome.unchanged]) record[file.path] = sha256(file.content);
    writeFileSync(path.join(staged, IMPORT_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    const shown = (problem: ContentProblem) => formatProblem(problem).replace(`${path.basename(stagingRoot)}/`, '');
    const { errors } = validateContent(stagingRoot);
    if (errors.length > 0) throw new IssueFolderInvalid(errors.map(shown));
    const previous = `${stagingRoot}-previous`;
    if (existsSync(plan.folder)) renameSync(plan.folder, previous);
    renameSync(staged, plan.folder);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(stagingRoot, { recursive: true, force: true });
  }
  return outcome;
}
