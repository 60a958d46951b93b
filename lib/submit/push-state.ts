import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What each engine has accepted, URL → fingerprint (push-list.ts), so that the next run pushes only
 * what is new or changed. Written after every accepted batch, so an interrupted run loses nothing.
 */
const pushStateSchema = z.object({
  version: z.literal(1),
  engines: z.record(z.string(), z.record(z.string(), z.string())),
});

export type PushState = z.infer<typeof pushStateSchema>;

export const SUBMIT_STATE_VARIABLE = 'SUBMIT_STATE_FILE';
export const DEFAULT_STATE_FILE = '.submit-state.json';

export function emptyPushState(): PushState {
  return { version: 1, engines: {} };
}

export function readPushState(file: string): PushState {
  if (!existsSync(file)) return emptyPushState();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}); remove it to push every URL again`);
  }
  const result = pushStateSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: '${issue?.path.join('.') ?? ''}' ${issue?.message ?? 'is not valid'}; remove the file to push every URL again`);
  }
  return result.data;
}

/** Written beside and renamed into place, so a crash never leaves half a file. */
export function writePushState(file: string, state: PushState): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}
