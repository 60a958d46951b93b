/**
 * After a build, gives every prerendered HTML page its Content-Security-Policy (see
 * lib/content-security-policy.ts). Run by `npm run build` on `.next/server/app` (or NEXT_DIST_DIR's)
 * and by `npm run export` on the export.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withPagePolicy } from '../lib/publishing/content-security-policy';

export function secureHtmlFiles(folder: string): number {
  let count = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = path.join(folder, name);
    const html = readFileSync(file, 'utf8');
    const secured = withPagePolicy(html);
    if (secured !== html) writeFileSync(file, secured);
    count++;
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? path.join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'app');
  console.log(`Content-Security-Policy added to ${secureHtmlFiles(folder)} pages in ${folder}`);
}
