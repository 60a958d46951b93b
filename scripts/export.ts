/**
 * npm run export: the whole site as static files in out/ (or EXPORT_DIR), every page with its
 * Content-Security-Policy. The export is built beside the previous one and swapped in only when it is
 * complete, so a failed build leaves the previous export as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_ROUTE_PLACEHOLDER } from '../lib/publishing/routes';
import { INDEXNOW_KEY_ROUTE, indexNowKey, indexNowKeyPath } from '../lib/submit/indexnow-key';
import { finishBuild } from './after-build';

/** Removes the files of the placeholder pages a route with no content needs to be exported at all. */
function removePlaceholders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.name === EMPTY_ROUTE_PLACEHOLDER || entry.name.startsWith(`${EMPTY_ROUTE_PLACEHOLDER}.`)) rmSync(entryPath, { recursive: true });
    else if (entry.isDirectory()) removePlaceholders(entryPath);
  }
}

const target = path.resolve(process.env.EXPORT_DIR ?? 'out');
// Next writes an export with a custom distDir there; it must sit inside the project.
const staging = `.next-export-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

rmSync(staging, { recursive: true, force: true });
const build = spawnSync(process.execPath, [path.resolve('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
  env: { ...process.env, STATIC_EXPORT: '1', NEXT_DIST_DIR: staging },
  stdio: 'inherit',
});
if (build.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(existsSync(target) ? `Export failed; ${target} is unchanged.` : 'Export failed.');
  process.exit(build.status ?? 1);
}
removePlaceholders(staging);
/** The IndexNow key file goes where IndexNow looks for it, /<key>.txt, or nowhere without a key. */
function placeIndexNowKeyFile(dir: string): void {
  const key = indexNowKey();
  const written = path.join(dir, INDEXNOW_KEY_ROUTE);
  if (key) renameSync(written, path.join(dir, indexNowKeyPath(key)));
  else rmSync(written, { force: true });
}
placeIndexNowKeyFile(staging);
const { pages } = finishBuild(staging, staging, path.join(staging, '_next', 'static'));
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Exported ${pages} pages to ${target}`);
