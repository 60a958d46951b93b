/**
 * npm run submit [-- --all] [-- --dry-run]: pushes the site's new and changed URLs to Baidu's
 * 普通收录 API and to IndexNow, after a build or export is deployed. Settings come from the
 * environment (README: Deployment); an engine without them is skipped. What each engine accepted is
 * kept in SUBMIT_STATE_FILE (.submit-state.json). Exits 1 when an engine failed; the URLs it did not
 * take are sent on the next run.
 */
import { getContent } from '../lib/content/content-index';
import { siteUrl } from '../lib/site';
import { enginesFromEnv } from '../lib/submit/engines';
import { retryPolicyFromEnv } from '../lib/submit/post-with-retry';
import { pushList } from '../lib/submit/push-list';
import { DEFAULT_STATE_FILE, SUBMIT_STATE_VARIABLE } from '../lib/submit/push-state';
import { submitSite } from '../lib/submit/submit-site';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => arg !== '--all' && arg !== '--dry-run');

async function main(): Promise<number> {
  if (unknown.length > 0) {
    console.error(`npm run submit: unknown option ${unknown.join(' ')} (use --all, --dry-run)`);
    return 2;
  }
  if (!process.env.SITE_URL?.trim()) {
    console.error('npm run submit: SITE_URL is not set; the URLs pushed must be the site’s public addresses, as in the build.');
    return 2;
  }
  const { engines, skipped } = enginesFromEnv(process.env, retryPolicyFromEnv());
  const entries = pushList(getContent());
  console.log(`${entries.length} URLs on ${siteUrl()}.`);
  const failures = await submitSite({
    entries,
    engines,
    skipped,
    stateFile: process.env[SUBMIT_STATE_VARIABLE]?.trim() || DEFAULT_STATE_FILE,
    all: args.has('--all'),
    dryRun: args.has('--dry-run'),
    log: (line) => console.log(line),
  });
  for (const failure of failures) console.error(failure);
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`npm run submit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
