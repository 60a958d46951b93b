import { spawn } from 'node:child_process';
import { processTreeMemory } from '../process-memory';

export type Measured = { ms: number; peakRss: number; output: string };

/** Runs a command to its end, with its wall time and the peak memory of its whole process tree. */
export function measure(command: string, args: string[], env: Record<string, string> = {}): Promise<Measured> {
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
      if (code === 0) resolve({ ms: performance.now() - started, peakRss, output });
      else reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`));
    });
  });
}

/** `npm run <script>`, as a reader of the README would. */
export const runScript = (script: string, env: Record<string, string>) => measure('npm', ['run', '--silent', script], env);
