import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory of a process and every process below it, in bytes, read from /proc. */
export function processTreeMemory(root: number): number {
  const parent = new Map<number, number>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      resident.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while being read.
    }
  }
  const below = (pid: number): boolean => pid === root || (pid > 1 && parent.has(pid) && below(parent.get(pid) ?? 0));
  let bytes = 0;
  for (const [pid, size] of resident) if (below(pid)) bytes += size;
  return bytes;
}
