import { spawn } from 'node:child_process';
import { processTreeMemory } from '../process-memory';

export type Measured = { ms: number; peakRss: number; output: string };

/**
 * Runs a command to its end, with its wall time and the peak memory of its whole process tree.
 * A non-zero exit rejects, unless `allowFailure` (for a script that reports missed targets that way).
 */
export function measure(command: string, args: string[], env: Record<string, string> = {}, allowFailure = false): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakRss = 0;
    const poll = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, processTreeMemory(child.pid));
    }, 1000);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code === 0 || allowFailure) resolve({ ms: performance.now() - started, peakRss, output });
      else reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`));
    });
  });
}

/** `npm run <script> [-- args]`, as a reader of the README would. */
export const runScript = (script: string, env: Record<string, string>, args: string[] = [], allowFailure = false) =>
  measure('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], env, allowFailure);
