import { createHash } from 'node:crypto';
import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A fingerprint of the content folder from names, sizes and modification times alone, without
 * reading a file: it changes when any file of any issue (articles, `issue.yaml`, the cover, the
 * page scans, the photos) is edited, added, removed or renamed. The editors' preview reads the folder again
 * only when it changes.
 */
export function contentStamp(contentDir: string): string {
  const hash = createHash('sha1');
  const add = (folder: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      hash.update(`unreadable ${folder}\n`);
      return;
    }
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      try {
        const { mtimeMs, size, isDirectory } = statFollowingLinks(file);
        hash.update(`${file}\0${mtimeMs}\0${size}\n`);
        if (isDirectory && depth > 0) add(file, depth - 1);
      } catch {
        hash.update(`missing ${file}\n`);
      }
    }
  };
  // The content folder, its issue folders, the folders inside those (pages/ of scans, images/ of
  // photos) and one level further (photos sorted into folders of their own).
  add(contentDir, 3);
  return hash.digest('hex');
}

function statFollowingLinks(file: string): { mtimeMs: number; size: number; isDirectory: boolean } {
  const stat = statSync(file);
  return { mtimeMs: stat.mtimeMs, size: stat.size, isDirectory: stat.isDirectory() };
}
