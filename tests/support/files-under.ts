import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as paths relative to it, sorted; none when the folder is not there. */
export const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(dir, name)).isFile()).sort()
    : [];
