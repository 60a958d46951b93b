import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScriptAsync } from '../support/run-command';
import { startSearchEngineMock } from '../support/search-engine-mock';

const SITE = 'https://minsheng.example';
const KEY = 'a1b2c3d4e5f6-minsheng';
const TOKEN = 'tok-Secret/Token+9';
const 要闻 = encodeURIComponent('要闻');
const 民生调查 = encodeURIComponent('民生调查');

/**
 * The site the tests push: two issues published when it was built (on 2024-12-20), and one dated
 * 2024-12-23, scheduled then, whose day has come when the command runs (its own clock, today).
 */
const ARTICLES: Record<string, string> = {
  '2024-12-09/jiu-wen.md': '---\ntitle: 旧闻\nsection: 要闻\npage: 1\n---\n\n上一期的正文。\n',
  '2024-12-16/yao-wen.md': '---\ntitle: 要闻一则\nsection: 要闻\npage: 1\n---\n\n这一期的正文。\n',
  '2024-12-16/diao-cha.md': '---\ntitle: 民生调查一则\nsection: 民生调查\npage: 2\n---\n\n调查的正文。\n',
  '2024-12-23/wei-lai.md': '---\ntitle: 下一期的文章\nsection: 要闻\npage: 1\n---\n\n还未发布的正文。\n',
};

/** The text sitemap a build on 2024-12-20 writes for that site, in the sitemap's own order. */
const BUILT_SITEMAP = [
  '/',
  '/issues',
  '/sections',
  '/issues/2024-12-16',
  '/issues/2024-12-16/pages/01',
  '/issues/2024-12-16/pages/02',
  '/issues/2024-12-16/yao-wen',
  '/issues/2024-12-16/diao-cha',
  '/issues/2024-12-09',
  '/issues/2024-12-09/pages/01',
  '/issues/2024-12-09/jiu-wen',
  `/sections/${要闻}`,
  `/sections/${民生调查}`,
].map((pathname) => `${SITE}${pathname}`);

/** The same URLs as they are pushed: home, then each issue from the newest, its articles before its pages. */
const PUSH_ORDER = [
  '/',
  '/issues/2024-12-16',
  '/issues/2024-12-16/yao-wen',
  '/issues/2024-12-16/diao-cha',
  '/issues/2024-12-16/pages/01',
  '/issues/2024-12-16/pages/02',
  '/issues/2024-12-09',
  '/issues/2024-12-09/jiu-wen',
  '/issues/2024-12-09/pages/01',
  '/issues',
  '/sections',
  `/sections/${要闻}`,
  `/sections/${民生调查}`,
].map((pathname) => `${SITE}${pathname}`);

let work: string;
let contentDir: string;
let buildDir: string;
let mock: Awaited<ReturnType<typeof startSearchEngineMock>>;

beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'submit-'));
  contentDir = path.join(work, 'content');
  buildDir = path.join(work, 'build');
  for (const [file, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    writeFileSync(path.join(contentDir, file), text);
  }
  mock = await startSearchEngineMock();
});
afterEach(async () => {
  await mock.stop();
  rmSync(work, { recursive: true, force: true });
});

const stateFile = () => path.join(work, 'state.json');

/**
 * A build's output as `next build` leaves it (the text sitemap in `server/app/sitemap.txt.body`),
 * finished by the build's own last step, which writes the push manifest.
 */
function build(sitemap: string[] = BUILT_SITEMAP) {
  mkdirSync(path.join(buildDir, 'server', 'app'), { recursive: true });
  writeFileSync(path.join(buildDir, 'server', 'app', 'sitemap.txt.body'), sitemap.map((url) => `${url}\n`).join(''));
  const finished = spawnSync('npx', ['tsx', 'scripts/after-build.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_URL: SITE, NEXT_DIST_DIR: buildDir },
    encoding: 'utf8',
  });
  expect(finished.stderr).toBe('');
  expect(finished.status).toBe(0);
}

/** `npm run submit` with both engines pointed at the mock, on the machine's own clock; `unset` leaves settings out. */
function submit(args: string[] = [], unset: string[] = [], extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PUBLISH_UNTIL: '',
    SITE_URL: SITE,
    BAIDU_PUSH_ENDPOINT: `${mock.url}/baidu/urls`,
    BAIDU_PUSH_SITE: SITE,
    BAIDU_PUSH_TOKEN: TOKEN,
    INDEXNOW_ENDPOINT: `${mock.url}/indexnow`,
    INDEXNOW_KEY: KEY,
    SUBMIT_STATE_FILE: stateFile(),
    SUBMIT_RETRY_DELAY_MS: '20',
    SUBMIT_TIMEOUT_MS: '5000',
  };
  for (const name of unset) env[name] = '';
  return runScriptAsync('submit', ['--from', buildDir, ...args], contentDir, { ...env, ...extra });
}

const baiduUrls = () => mock.requestsTo('/baidu/urls').flatMap((request) => request.body.split('\n'));
const indexNowBodies = () => mock.requestsTo('/indexnow').map((request) => JSON.parse(request.body));
const recorded = (engine: string): string[] => Object.keys(JSON.parse(readFileSync(stateFile(), 'utf8')).engines[engine] ?? {});

describe('npm run submit', () => {
  it('sends exactly the URLs of the build, newest issue first, never an issue whose day came after the build', async () => {
    build();
    const result = await submit();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);

    const [baidu] = mock.requestsTo('/baidu/urls');
    expect(baidu.headers['content-type']).toBe('text/plain');
    expect(baidu.query.get('site')).toBe(SITE);
    expect(baidu.query.get('token')).toBe(TOKEN);
    expect(baidu.body).toBe(PUSH_ORDER.join('\n'));

    const [indexNow] = mock.requestsTo('/indexnow');
    expect(indexNow.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(indexNow.body)).toEqual({ host: 'minsheng.example', key: KEY, keyLocation: `${SITE}/${KEY}.txt`, urlList: PUSH_ORDER });
    expect(result.stdout).toContain(`Baidu: 13 of 13 URLs (new or changed) accepted; 2000 left of today's quota.`);
    expect(result.stdout).toContain('IndexNow: 13 of 13 URLs (new or changed) accepted.');
    expect(recorded('baidu').sort()).toEqual([...PUSH_ORDER].sort());
  });

  it('without a build says what to run, and sends nothing', async () => {
    const result = await submit();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no build to push');
    expect(result.stderr).toContain('run npm run build or npm run export first');
    expect(mock.requests).toEqual([]);
  });

  it('refuses a build made for another site than SITE_URL', async () => {
    build();
    const result = await submit([], [], { SITE_URL: 'https://staging.minsheng.example' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`was made for ${SITE}, not SITE_URL=https://staging.minsheng.example`);
    expect(mock.requests).toEqual([]);
  });

  it('sends nothing the second time, then the new build’s new article alone, then an edited one alone', async () => {
    build();
    expect((await submit()).status).toBe(0);
    mock.requests.length = 0;
    const again = await submit();
    expect(again.status).toBe(0);
    expect(mock.requests).toEqual([]);
    expect(again.stdout).toContain('Baidu: nothing new or changed since the last push.');
    expect(again.stdout).toContain('IndexNow: nothing new or changed since the last push.');

    // The next build publishes 2024-12-23.
    build([...BUILT_SITEMAP, `${SITE}/issues/2024-12-23`, `${SITE}/issues/2024-12-23/pages/01`, `${SITE}/issues/2024-12-23/wei-lai`]);
    expect((await submit()).status).toBe(0);
    const added = [`${SITE}/issues/2024-12-23`, `${SITE}/issues/2024-12-23/wei-lai`, `${SITE}/issues/2024-12-23/pages/01`];
    expect(baiduUrls()).toEqual(added);
    expect(indexNowBodies().map((body) => body.urlList)).toEqual([added]);

    mock.requests.length = 0;
    const edited = path.join(contentDir, '2024-12-16', 'diao-cha.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n\n补充的一段。\n'));
    expect((await submit()).status).toBe(0);
    expect(mock.requests).toEqual([]);
    build([...BUILT_SITEMAP, `${SITE}/issues/2024-12-23`, `${SITE}/issues/2024-12-23/pages/01`, `${SITE}/issues/2024-12-23/wei-lai`]);
    expect((await submit()).status).toBe(0);
    expect(baiduUrls()).toEqual([`${SITE}/issues/2024-12-16/diao-cha`]);
  });

  it('--all sends everything again; --dry-run lists what it would send and sends nothing', async () => {
    build();
    expect((await submit()).status).toBe(0);
    const state = readFileSync(stateFile(), 'utf8');
    mock.requests.length = 0;
    const dry = await submit(['--all', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(mock.requests).toEqual([]);
    expect(readFileSync(stateFile(), 'utf8')).toBe(state);
    expect(dry.stdout).toContain('Baidu: would send 13 URLs (every URL):');
    expect(dry.stdout).toContain(`  ${SITE}/issues/2024-12-16/pages/01`);

    const all = await submit(['--all']);
    expect(all.status).toBe(0);
    expect(baiduUrls()).toEqual(PUSH_ORDER);
  });

  it('skips an engine that is not set up, with a line saying so', async () => {
    build();
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Baidu: skipped, BAIDU_PUSH_TOKEN is not set.');
    expect(mock.requestsTo('/baidu/urls')).toEqual([]);
    expect(mock.requestsTo('/indexnow')).toHaveLength(1);
  });

  it('keeps URLs Baidu calls not_valid for the next run, and says which, exiting non-zero', async () => {
    build();
    const refused = `${SITE}/issues/2024-12-16/pages/01`;
    mock.answers.baidu = (request) => ({ status: 200, body: { success: request.body.split('\n').length - 1, remain: 1500, not_valid: [refused] } });
    const first = await submit();
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`Baidu failed: refused ${refused} (not_valid). 1 URL kept for the next run.`);
    mock.requests.length = 0;
    mock.answers.baidu = (request) => ({ status: 200, body: { success: request.body.split('\n').length, remain: 1499 } });
    expect((await submit()).status).toBe(0);
    expect(baiduUrls()).toEqual([refused]);
  });

  it('treats a success count below the URLs sent as a failure, recording none of them', async () => {
    build();
    mock.answers.baidu = (request) => ({ status: 200, body: { success: request.body.split('\n').length - 2, remain: 1500 } });
    const first = await submit([], ['INDEXNOW_KEY']);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('Baidu failed: counted 11 of the 13 URLs sent as taken, without saying which. 13 URLs kept for the next run.');
    expect(recorded('baidu')).toEqual([]);
    mock.requests.length = 0;
    mock.answers.baidu = (request) => ({ status: 200, body: { success: request.body.split('\n').length, remain: 1487 } });
    expect((await submit([], ['INDEXNOW_KEY'])).status).toBe(0);
    expect(baiduUrls()).toEqual(PUSH_ORDER);
  });

  it('fails on a bad token naming Baidu and the reason, keeps every URL, and IndexNow goes ahead', async () => {
    build();
    mock.answers.baidu = () => ({ status: 401, body: { error: 401, message: 'token is not valid' } });
    const result = await submit();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Baidu failed: token is not valid (401): check BAIDU_PUSH_TOKEN');
    expect(result.stderr).toContain('13 URLs kept for the next run.');
    expect(result.stdout).toContain('IndexNow: 13 of 13 URLs');
    expect(recorded('baidu')).toEqual([]);
  });

  it('fills what is left of the day’s quota, then stops and keeps the rest for the next run', async () => {
    build();
    let quota = 5;
    mock.answers.baidu = (request) => {
      const count = request.body.split('\n').length;
      if (count > quota) return { status: 400, body: { error: 400, message: 'over quota' } };
      quota -= count;
      return { status: 200, body: { success: count, remain: quota } };
    };
    const first = await submit([], ['INDEXNOW_KEY']);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`Baidu failed: the day's quota is used up (remain 0). 8 URLs kept for the next run.`);
    expect(recorded('baidu')).toEqual(PUSH_ORDER.slice(0, 5));

    quota = 0;
    mock.requests.length = 0;
    const exhausted = await submit([], ['INDEXNOW_KEY']);
    expect(exhausted.status).toBe(1);
    expect(exhausted.stderr).toContain(`Baidu failed: over quota (400): the day's quota is used up. 8 URLs kept for the next run.`);

    quota = 2000;
    mock.requests.length = 0;
    expect((await submit([], ['INDEXNOW_KEY'])).status).toBe(0);
    expect(baiduUrls()).toEqual(PUSH_ORDER.slice(5));
  });

  it('tries each engine again after its server fails once, and records what each then took', async () => {
    build();
    let baiduCalls = 0;
    let indexNowCalls = 0;
    mock.answers.baidu = (request) => (++baiduCalls === 1 ? { status: 500, body: 'Internal Server Error' } : { status: 200, body: { success: request.body.split('\n').length, remain: 100 } });
    mock.answers.indexnow = () => (++indexNowCalls === 1 ? { status: 503, body: '' } : { status: 202, body: '' });
    const result = await submit();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(mock.requestsTo('/baidu/urls')).toHaveLength(2);
    expect(mock.requestsTo('/indexnow')).toHaveLength(2);
    expect(indexNowBodies()[1].urlList).toEqual(PUSH_ORDER);
    expect(recorded('baidu')).toHaveLength(13);
    expect(recorded('indexnow')).toHaveLength(13);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    build();
    let calls = 0;
    mock.answers.indexnow = () => (++calls === 1 ? { status: 429, body: '', headers: { 'Retry-After': '2' } } : { status: 200, body: '' });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(0);
    const [first, second] = mock.requestsTo('/indexnow');
    // SUBMIT_RETRY_DELAY_MS is 20: only the server's 2 s explains the wait.
    expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
  });

  it('gives up at once on a server that asks to wait longer than five minutes, keeping the URLs', async () => {
    build();
    mock.answers.indexnow = () => ({ status: 503, body: '', headers: { 'Retry-After': '3600' } });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(1);
    expect(mock.requestsTo('/indexnow')).toHaveLength(1);
    expect(result.stderr).toContain('IndexNow failed: HTTP 503, asked to wait 3600 s (Retry-After); try again later. 13 URLs kept for the next run.');
  });

  it('gives up after the retries on a server that keeps failing, keeping the URLs', async () => {
    build();
    mock.answers.indexnow = () => ({ status: 500, body: '' });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(1);
    expect(mock.requestsTo('/indexnow')).toHaveLength(4);
    expect(result.stderr).toContain('IndexNow failed: HTTP 500, after 4 attempts');
    expect(recorded('indexnow')).toEqual([]);
  });

  it('gives up on a server that never answers after its time-outs, naming the engine', async () => {
    build();
    mock.answers.baidu = () => ({ status: 'hang', body: '' });
    const result = await submit([], ['INDEXNOW_KEY'], { SUBMIT_TIMEOUT_MS: '300', SUBMIT_RETRIES: '1' });
    expect(result.status).toBe(1);
    expect(mock.requestsTo('/baidu/urls')).toHaveLength(2);
    expect(result.stderr).toContain('Baidu failed: no answer within 0.3 s, after 2 attempts.');
  });

  it('names IndexNow and the reason when it refuses the key', async () => {
    build();
    mock.answers.indexnow = () => ({ status: 403, body: '' });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('IndexNow failed: HTTP 403: the key is not valid');
  });

  it('checks every endpoint before sending anything', async () => {
    build();
    for (const [name, value] of [
      ['BAIDU_PUSH_ENDPOINT', 'data.zz.baidu.com/urls'],
      ['INDEXNOW_ENDPOINT', 'ftp://api.indexnow.org/indexnow'],
      ['BAIDU_PUSH_ENDPOINT', `${mock.url}/baidu/urls?token=${TOKEN}`],
    ]) {
      const result = await submit([], [], { [name]: value });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`npm run submit: ${name}: `);
    }
    expect(mock.requests).toEqual([]);
  });

  it('never prints the token, nor writes it to the state or the manifest, whatever goes wrong', async () => {
    build();
    const outputs: string[] = [];
    const run = async (extra: Record<string, string> = {}) => {
      const result = await submit([], [], extra);
      outputs.push(result.stdout, result.stderr);
      return result;
    };
    // A malformed endpoint, which fetch would name with its query.
    await run({ BAIDU_PUSH_ENDPOINT: 'data.zz.baidu.com/urls' });
    // A server that echoes the request, query and all, in an answer the API does not give.
    mock.answers.baidu = (request) => ({ status: 400, body: `bad request: ${request.url}` });
    await run();
    // Nothing listening: the network error.
    await run({ BAIDU_PUSH_ENDPOINT: 'http://127.0.0.1:9/urls', SUBMIT_RETRIES: '0' });
    // Success, writing the state.
    mock.answers.baidu = (request) => ({ status: 200, body: { success: request.body.split('\n').length, remain: 9 } });
    expect((await run()).status).toBe(0);

    expect(mock.requestsTo('/baidu/urls')[0].url).toContain(encodeURIComponent(TOKEN));
    expect(outputs.join('\n')).toContain('Baidu failed: HTTP 400 with an answer');
    const encodings = [TOKEN, encodeURIComponent(TOKEN), new URLSearchParams({ t: TOKEN }).toString().slice(2), 'Secret'];
    for (const text of [...outputs, readFileSync(stateFile(), 'utf8'), readFileSync(path.join(buildDir, '.push-manifest.json'), 'utf8')]) {
      for (const form of encodings) expect(text).not.toContain(form);
    }
  });

  it('refuses a key IndexNow would not take, sending nothing', async () => {
    build();
    const badKey = await submit([], [], { INDEXNOW_KEY: 'short' });
    expect(badKey.status).toBe(1);
    expect(badKey.stderr).toContain('INDEXNOW_KEY: must be 8 to 128 letters');
    expect(mock.requests).toEqual([]);
  });
});
