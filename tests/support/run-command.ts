import { spawnSync } from 'node:child_process';

export type CommandResult = { status: number | null; stdout: string; stderr: string };

/** Runs one of the project's npm scripts as an editor would, with CONTENT_DIR set. */
export function runScript(script: string, args: string[], contentDir: string, env: Record<string, string> = {}): CommandResult {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
