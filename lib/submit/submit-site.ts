import type { Engine, SkippedEngine } from './engine';
import type { PushEntry } from './push-list';
import { readPushState, writePushState } from './push-state';

const urlCount = (count: number) => (count === 1 ? '1 URL' : `${count} URLs`);

export type SubmitRun = {
  /** Every URL of the site, in the order to push (push-list.ts). */
  entries: PushEntry[];
  engines: Engine[];
  skipped: SkippedEngine[];
  stateFile: string;
  /** Push every URL, not only the new and changed ones. */
  all: boolean;
  /** Say what would be sent; send nothing, change nothing. */
  dryRun: boolean;
  log: (line: string) => void;
};

/**
 * Pushes to each engine what it has not yet accepted in its current form, engine by engine (one
 * failing leaves the others be), and records what each accepted. Returns the failures, one line
 * an engine, naming it and the reason.
 */
export async function submitSite(run: SubmitRun): Promise<string[]> {
  const { entries, log } = run;
  const state = readPushState(run.stateFile);
  const failures: string[] = [];
  for (const { name, missing } of run.skipped) log(`${name}: skipped, ${missing} is not set.`);

  for (const engine of run.engines) {
    const sent = state.engines[engine.id] ?? {};
    const pending = run.all ? entries : entries.filter(({ url, fingerprint }) => sent[url] !== fingerprint);
    if (pending.length === 0) {
      log(`${engine.name}: nothing new or changed since the last push.`);
      continue;
    }
    const what = run.all ? 'every URL' : 'new or changed';
    if (run.dryRun) {
      log(`${engine.name}: would send ${urlCount(pending.length)} (${what}):`);
      for (const { url } of pending) log(`  ${url}`);
      continue;
    }
    const fingerprints = new Map(pending.map(({ url, fingerprint }) => [url, fingerprint]));
    const outcome = await engine.push(
      pending.map(({ url }) => url),
      (accepted) => {
        const record = state.engines[engine.id] ?? {};
        for (const url of accepted) record[url] = fingerprints.get(url) ?? '';
        state.engines[engine.id] = record;
        writePushState(run.stateFile, state);
      },
    );
    const notes = outcome.notes.length > 0 ? `; ${outcome.notes.join('; ')}` : '';
    log(`${engine.name}: ${outcome.accepted} of ${urlCount(pending.length)} (${what}) accepted${notes}.`);
    if (outcome.failure) {
      failures.push(`${engine.name} failed: ${outcome.failure}. ${urlCount(pending.length - outcome.accepted)} kept for the next run.`);
    }
  }

  if (!run.dryRun) {
    // Pages no longer on the site leave the record, so it never grows past the site.
    const live = new Set(entries.map(({ url }) => url));
    for (const record of Object.values(state.engines)) for (const url of Object.keys(record)) if (!live.has(url)) delete record[url];
    writePushState(run.stateFile, state);
  }
  return failures;
}
