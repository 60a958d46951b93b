import { spawn, spawnSync } from 'node:child_process';

export type CommandResult = { status: number | null; stdout: string; stderr: string };

/** Runs one of the project's npm scripts as an editor would, with CONTENT_DIR set. */
export function runScript(script: string, args: string[], contentDir: string, env: Record<string, string> = {}): CommandResult {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking this process, for tests that answer the command from here (a mock server). */
export function runScriptAsync(script: string, args: string[], contentDir: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { env: { ...process.env, CONTENT_DIR: contentDir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
