import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function onPath(command: string): boolean {
  if (command.includes('/')) return existsSync(command);
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(path.join(dir, command)));
}

/** A command the tests run, and the Debian packages that bring it. */
export type Tool = { command: string; packages: string[] };

/**
 * Makes sure every tool exists, installing the missing ones' Debian packages in one apt-get call
 * when this runs as root; otherwise fails saying what to install. Tests that need a real tool never
 * skip silently.
 */
export function ensureTools(tools: Tool[]): void {
  const missing = tools.filter(({ command }) => !onPath(command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(`${missing.map((tool) => tool.command).join(', ')} missing. Install Debian's packages: apt-get install ${packages.join(' ')}`);
  }
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for another apt-get rather than fail on its lock.
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  execFileSync('apt-get', [...wait, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', [...wait, 'install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter(({ command }) => !onPath(command));
  if (still.length > 0) throw new Error(`${still.map((tool) => tool.command).join(', ')} still missing after installing ${packages.join(' ')}`);
}

export function ensureCommand(command: string, packages: string[]): void {
  ensureTools([{ command, packages }]);
}
