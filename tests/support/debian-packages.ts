import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

function onPath(command: string): boolean {
  if (command.includes('/')) return existsSync(command);
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(path.join(dir, command)));
}

/**
 * Makes sure `command` exists, installing Debian's `packages` with apt-get when this runs as root;
 * otherwise fails saying what to install. Tests that need a real tool never skip silently.
 */
export function ensureCommand(command: string, packages: string[]): void {
  if (onPath(command)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new Error(`${command} is missing. Install Debian's packages: apt-get install ${packages.join(' ')}`);
  }
  console.log(`Installing ${packages.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (!onPath(command)) throw new Error(`${command} is still missing after installing ${packages.join(' ')}`);
}
