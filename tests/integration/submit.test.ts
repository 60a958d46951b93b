import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load-content';
import { articleHref } from '../../lib/publishing/routes';
import { pushList } from '../../lib/submit/push-list';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SITE_DIR } from '../support/fixture-content';
import { runScriptAsync } from '../support/run-command';
import { startSearchEngineMock } from '../support/search-engine-mock';

const SITE = 'https://minsheng.example';
const KEY = 'a1b2c3d4e5f6-minsheng';
let work: string;
let contentDir: string;
let mock: Awaited<ReturnType<typeof startSearchEngineMock>>;

beforeEach(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'submit-'));
  contentDir = path.join(work, 'content');
  cpSync(FIXTURE_SITE_DIR, contentDir, { recursive: true });
  mock = await startSearchEngineMock();
});
afterEach(async () => {
  await mock.stop();
  rmSync(work, { recursive: true, force: true });
});

const stateFile = () => path.join(work, 'state.json');

/** `npm run submit` with both engines pointed at the mock; `unset` leaves settings out. */
function submit(args: string[] = [], unset: string[] = [], extra: Record<string, string> = {}) {
  const env: Record<string, string> = {
    PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL,
    SITE_URL: SITE,
    BAIDU_PUSH_ENDPOINT: `${mock.url}/baidu/urls`,
    BAIDU_PUSH_SITE: SITE,
    BAIDU_PUSH_TOKEN: 'secret-token',
    INDEXNOW_ENDPOINT: `${mock.url}/indexnow`,
    INDEXNOW_KEY: KEY,
    SUBMIT_STATE_FILE: stateFile(),
    SUBMIT_RETRY_DELAY_MS: '20',
    SUBMIT_TIMEOUT_MS: '5000',
  };
  for (const name of unset) env[name] = '';
  return runScriptAsync('submit', args, contentDir, { ...env, ...extra });
}

/** Every URL of the site in push order, as lib lists it from the content folder. */
const siteUrls = () => {
  process.env.SITE_URL = SITE;
  return pushList(loadContent(contentDir, { publishUntil: FIXTURE_PUBLISH_UNTIL })).map(({ url }) => url);
};

const baiduUrls = () => mock.requestsTo('/baidu/urls').flatMap((request) => request.body.split('\n'));
const indexNowBodies = () => mock.requestsTo('/indexnow').map((request) => JSON.parse(request.body));

describe('npm run submit', () => {
  it('sends every URL, newest issue first, with the bodies and headers each API expects', async () => {
    const result = await submit();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const urls = siteUrls();
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.slice(0, 3)).toEqual([`${SITE}/`, `${SITE}/issues/2024-12-16`, `${SITE}${articleHref('2024-12-16', 'b-kuaixun')}`]);

    const [baidu] = mock.requestsTo('/baidu/urls');
    expect(baidu.headers['content-type']).toBe('text/plain');
    expect(baidu.query.get('site')).toBe(SITE);
    expect(baidu.query.get('token')).toBe('secret-token');
    expect(baidu.body).toBe(urls.join('\n'));

    const [indexNow] = mock.requestsTo('/indexnow');
    expect(indexNow.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(indexNow.body)).toEqual({ host: 'minsheng.example', key: KEY, keyLocation: `${SITE}/${KEY}.txt`, urlList: urls });
    expect(result.stdout).toContain(`Baidu: ${urls.length} of ${urls.length} URLs (new or changed) accepted; 2000 left of today's quota.`);
    expect(result.stdout).toContain(`IndexNow: ${urls.length} of ${urls.length} URLs (new or changed) accepted.`);
  });

  it('sends nothing the second time, then a new article alone, then an edited one alone', async () => {
    expect((await submit()).status).toBe(0);
    mock.requests.length = 0;
    const again = await submit();
    expect(again.status).toBe(0);
    expect(mock.requests).toEqual([]);
    expect(again.stdout).toContain('Baidu: nothing new or changed since the last push.');
    expect(again.stdout).toContain('IndexNow: nothing new or changed since the last push.');

    writeFileSync(path.join(contentDir, '2024-12-02', 'xin-wen-zhang.md'), '---\ntitle: 新增的文章\nsection: 要闻\npage: 1\n---\n\n正文。\n');
    expect((await submit()).status).toBe(0);
    const added = `${SITE}${articleHref('2024-12-02', 'xin-wen-zhang')}`;
    expect(baiduUrls()).toEqual([added]);
    expect(indexNowBodies().map((body) => body.urlList)).toEqual([[added]]);

    mock.requests.length = 0;
    const edited = path.join(contentDir, '2024-12-16', 'full-fields.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n\n补充的一段。\n'));
    expect((await submit()).status).toBe(0);
    expect(baiduUrls()).toEqual([`${SITE}${articleHref('2024-12-16', 'full-fields')}`]);
  });

  it('--all sends everything again; --dry-run lists what it would send and sends nothing', async () => {
    expect((await submit()).status).toBe(0);
    const recorded = readFileSync(stateFile(), 'utf8');
    mock.requests.length = 0;
    const dry = await submit(['--all', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(mock.requests).toEqual([]);
    expect(readFileSync(stateFile(), 'utf8')).toBe(recorded);
    expect(dry.stdout).toContain(`Baidu: would send ${siteUrls().length} URLs (every URL):`);
    expect(dry.stdout).toContain(`  ${SITE}/issues/2024-12-16/pages/01`);

    const all = await submit(['--all']);
    expect(all.status).toBe(0);
    expect(baiduUrls()).toEqual(siteUrls());
  });

  it('skips an engine that is not set up, with a line saying so', async () => {
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Baidu: skipped, BAIDU_PUSH_TOKEN is not set.');
    expect(mock.requestsTo('/baidu/urls')).toEqual([]);
    expect(mock.requestsTo('/indexnow')).toHaveLength(1);
  });

  it('keeps URLs Baidu calls not_valid for the next run, and says which, exiting non-zero', async () => {
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

  it('fails on a bad token naming Baidu and the reason, keeps every URL, and IndexNow goes ahead', async () => {
    mock.answers.baidu = () => ({ status: 401, body: { error: 401, message: 'token is not valid' } });
    const result = await submit();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Baidu failed: token is not valid (401): check BAIDU_PUSH_TOKEN');
    expect(result.stderr).toContain(`${siteUrls().length} URLs kept for the next run.`);
    expect(result.stdout).toContain(`IndexNow: ${siteUrls().length} of`);
    expect(JSON.parse(readFileSync(stateFile(), 'utf8')).engines.baidu).toBeUndefined();
  });

  it('fills what is left of the day’s quota, then stops and keeps the rest for the next run', async () => {
    let quota = 5;
    mock.answers.baidu = (request) => {
      const count = request.body.split('\n').length;
      if (count > quota) return { status: 400, body: { error: 400, message: 'over quota' } };
      quota -= count;
      return { status: 200, body: { success: count, remain: quota } };
    };
    const first = await submit([], ['INDEXNOW_KEY']);
    expect(first.status).toBe(1);
    const urls = siteUrls();
    expect(first.stderr).toContain(`Baidu failed: the day's quota is used up (remain 0). ${urls.length - 5} URLs kept for the next run.`);
    expect(Object.keys(JSON.parse(readFileSync(stateFile(), 'utf8')).engines.baidu)).toEqual(urls.slice(0, 5));

    quota = 0;
    mock.requests.length = 0;
    const exhausted = await submit([], ['INDEXNOW_KEY']);
    expect(exhausted.status).toBe(1);
    expect(exhausted.stderr).toContain(`Baidu failed: over quota (400): the day's quota is used up. ${urls.length - 5} URLs kept for the next run.`);

    quota = 2000;
    mock.requests.length = 0;
    expect((await submit([], ['INDEXNOW_KEY'])).status).toBe(0);
    expect(baiduUrls()).toEqual(urls.slice(5));
  });

  it('tries again after a 500 and succeeds', async () => {
    let calls = 0;
    mock.answers.baidu = (request) => (++calls === 1 ? { status: 500, body: 'Internal Server Error' } : { status: 200, body: { success: request.body.split('\n').length, remain: 100 } });
    mock.answers.indexnow = () => (calls === 1 ? { status: 503, body: '' } : { status: 202, body: '' });
    const result = await submit();
    expect(result.status).toBe(0);
    expect(mock.requestsTo('/baidu/urls')).toHaveLength(2);
    expect(mock.requestsTo('/indexnow').length).toBeGreaterThanOrEqual(1);
  });

  it('gives up after the retries on a server that keeps failing, keeping the URLs', async () => {
    mock.answers.indexnow = () => ({ status: 500, body: '' });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(1);
    expect(mock.requestsTo('/indexnow')).toHaveLength(4);
    expect(result.stderr).toContain('IndexNow failed: HTTP 500');
    expect(existsSync(stateFile()) ? JSON.parse(readFileSync(stateFile(), 'utf8')).engines.indexnow : undefined).toBeUndefined();
  });

  it('gives up on a server that never answers after its time-outs, naming the engine', async () => {
    mock.answers.baidu = () => ({ status: 'hang', body: '' });
    const result = await submit([], ['INDEXNOW_KEY'], { SUBMIT_TIMEOUT_MS: '300', SUBMIT_RETRIES: '1' });
    expect(result.status).toBe(1);
    expect(mock.requestsTo('/baidu/urls')).toHaveLength(2);
    expect(result.stderr).toContain('Baidu failed: no answer within 0.3 s, after 2 attempts.');
  });

  it('names IndexNow and the reason when it refuses the key', async () => {
    mock.answers.indexnow = () => ({ status: 403, body: '' });
    const result = await submit([], ['BAIDU_PUSH_TOKEN']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('IndexNow failed: HTTP 403: the key is not valid');
  });

  it('refuses to run without SITE_URL, or with a key IndexNow would not take', async () => {
    const noSite = await submit([], ['SITE_URL']);
    expect(noSite.status).toBe(2);
    expect(noSite.stderr).toContain('SITE_URL is not set');
    const badKey = await runScriptAsync('submit', [], contentDir, { SITE_URL: SITE, INDEXNOW_KEY: 'short', SUBMIT_STATE_FILE: stateFile(), BAIDU_PUSH_TOKEN: '' });
    expect(badKey.status).toBe(1);
    expect(badKey.stderr).toContain('INDEXNOW_KEY: must be 8 to 128 letters');
    expect(mock.requests).toEqual([]);
  });
});
