/**
 * npm run submit [-- --all] [-- --dry-run] [-- --from <build folder>]: pushes the deployed build's
 * new and changed URLs to Baidu's 普通收录 API and to IndexNow. The URLs are the build's own, from
 * the manifest it wrote (lib/submit/push-manifest.ts): the newer of out/ and .next/ unless --from
 * names one. Settings come from the environment (README: Deploying); an engine without them is
 * skipped. What each engine accepted is kept in SUBMIT_STATE_FILE (.submit-state.json). Exits 1 when
 * an engine failed; the URLs it did not take are sent on the next run.
 */
import path from 'node:path';
import { withoutToken } from '../lib/submit/baidu';
import { enginesFromEnv } from '../lib/submit/engines';
import { retryPolicyFromEnv } from '../lib/submit/post-with-retry';
import { type PushManifest, PUSH_MANIFEST_FILE, readPushManifest } from '../lib/submit/push-manifest';
import { DEFAULT_STATE_FILE, SUBMIT_STATE_VARIABLE } from '../lib/submit/push-state';
import { submitSite } from '../lib/submit/submit-site';

const token = process.env.BAIDU_PUSH_TOKEN?.trim();
/** Every line printed, whatever went wrong, without the token. */
const print = (stream: 'log' | 'error', line: string) => console[stream](token ? withoutToken(line, token) : line);

const USAGE = 'use --all, --dry-run, --from <build folder>';

function parseArgs(argv: string[]): { all: boolean; dryRun: boolean; from?: string } | string {
  const options: { all: boolean; dryRun: boolean; from?: string } = { all: false, dryRun: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--all') options.all = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--from' && argv[index + 1]) options.from = argv[++index];
    else return `unknown option ${arg} (${USAGE})`;
  }
  return options;
}

/** The build to push: the folder named, or the newer of the export and the `next build` output. */
function findBuild(from: string | undefined): { dir: string; manifest: PushManifest } | string {
  const candidates = from ? [from] : [process.env.EXPORT_DIR ?? 'out', process.env.NEXT_DIST_DIR ?? '.next'];
  const found = candidates.flatMap((dir) => {
    const manifest = readPushManifest(dir);
    return manifest ? [{ dir, manifest }] : [];
  });
  if (found.length === 0) {
    return `no build to push: ${candidates.map((dir) => path.join(dir, PUSH_MANIFEST_FILE)).join(' and ')} not found; run npm run build or npm run export first${from ? '' : ', or name the build with --from'}`;
  }
  return found.reduce((newest, build) => (build.manifest.builtAt > newest.manifest.builtAt ? build : newest));
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    print('error', `npm run submit: ${options}`);
    return 2;
  }
  const build = findBuild(options.from);
  if (typeof build === 'string') {
    print('error', `npm run submit: ${build}`);
    return 2;
  }
  const { dir, manifest } = build;
  const givenSite = process.env.SITE_URL?.trim().replace(/\/+$/, '');
  if (givenSite && givenSite !== manifest.site) {
    print('error', `npm run submit: the build in ${dir} was made for ${manifest.site}, not SITE_URL=${givenSite}; build again or push that site.`);
    return 2;
  }
  const { engines, skipped } = enginesFromEnv(process.env, retryPolicyFromEnv(), manifest.site);
  print('log', `${manifest.entries.length} URLs on ${manifest.site}, from the build in ${dir} (${manifest.builtAt}).`);
  const failures = await submitSite({
    entries: manifest.entries,
    engines,
    skipped,
    stateFile: process.env[SUBMIT_STATE_VARIABLE]?.trim() || DEFAULT_STATE_FILE,
    all: options.all,
    dryRun: options.dryRun,
    log: (line) => print('log', line),
  });
  for (const failure of failures) print('error', failure);
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  print('error', `npm run submit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
