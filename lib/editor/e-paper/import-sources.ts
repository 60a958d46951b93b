import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions, type PageSource, PlatformOverHttp, SavedCopy } from './page-source';
import { platformAddress } from './platform-address';

/** An issue to import: the page to start from and where its pages are read. */
export type IssueStart = { address: URL; source: PageSource; describe: string };

export const isWebAddress = (given: string) => /^https?:\/\//i.test(given);
export const isHtmlFile = (given: string) => /\.html?$/i.test(given);

/** A saved copy's root: the folder above the page's `<paper>/pc/…` (or `<paper>/html/…`). */
function savedCopyOf(file: string): IssueStart {
  const address = pathToFileURL(path.resolve(file));
  const platform = platformAddress(address);
  const root = platform ? fileURLToPath(new URL(`${platform.root}/`)).replace(/\/$/, '') : path.dirname(path.resolve(file));
  return { address, source: new SavedCopy(root), describe: file };
}

const LAYOUT_FILE = /^node_[A-Za-z0-9]+\.html?$/;

/** The layout pages in a folder (a saved copy of the site), the first of each issue, newest issue last. */
export function findSavedIssues(folder: string): IssueStart[] {
  const firstOfIssue = new Map<string, string>();
  const walk = (current: string, depth: number) => {
    if (depth > 8) return;
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full, depth + 1);
      else if (entry.isFile() && LAYOUT_FILE.test(entry.name)) {
        const platform = platformAddress(pathToFileURL(full));
        const key = platform && platform.kind === 'layout' ? `${platform.root} ${platform.paper} ${platform.template} ${platform.date}` : undefined;
        if (key && !firstOfIssue.has(key)) firstOfIssue.set(key, full);
      }
    }
  };
  walk(folder, 0);
  return [...firstOfIssue.values()].sort((a, b) => (platformAddress(pathToFileURL(a))?.date ?? '').localeCompare(platformAddress(pathToFileURL(b))?.date ?? '')).map(savedCopyOf);
}

export function httpOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): HttpOptions {
  const number = (value: string | undefined, fallback: number) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback);
  return {
    ...DEFAULT_HTTP_OPTIONS,
    pauseMs: number(env.IMPORT_PAUSE_MS, DEFAULT_HTTP_OPTIONS.pauseMs),
    timeoutMs: number(env.IMPORT_TIMEOUT_MS, DEFAULT_HTTP_OPTIONS.timeoutMs),
    retries: number(env.IMPORT_RETRIES, DEFAULT_HTTP_OPTIONS.retries),
  };
}

/** Where each e-paper source given leads: a page's address, a saved page, or a folder holding a saved copy. */
export function issueStarts(given: string, http: HttpOptions): IssueStart[] | string {
  if (isWebAddress(given)) {
    try {
      return [{ address: new URL(given), source: new PlatformOverHttp(http), describe: given }];
    } catch {
      return 'is not a web address';
    }
  }
  if (!existsSync(given)) return 'no such file or folder';
  if (statSync(given).isDirectory()) {
    const issues = findSavedIssues(given);
    return issues.length > 0 ? issues : 'the folder holds no saved layout page of the e-paper (…/mszk/pc/layout/YYYYMM/DD/node_01.html)';
  }
  return [savedCopyOf(given)];
}
