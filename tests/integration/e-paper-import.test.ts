import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files-under';
import { runScript, runScriptAsync } from '../support/run-command';

/** A saved copy of the platform (as `wget --mirror` leaves it), its files rendered in set-up. */
const MIRROR = path.resolve('tests', 'fixtures', 'e-paper');
const SITE = path.join(MIRROR, 'paper.people.com.cn');
const EXPECTED = path.resolve('tests', 'fixtures', 'e-paper-expected');
const LAYOUT_PAGE = path.join(SITE, 'mszk', 'pc', 'layout', '202412', '16', 'node_02.html');
const PIC = path.join(SITE, 'mszk', 'pc', 'pic', '202412', '16');
const PDF = path.join(SITE, 'mszk', 'pc', 'attachement', '202412', '16');

/** What the issue of 2024-12-16 becomes, written out: its articles, photos, scans, PDFs, cover and issue.yaml. */
const ISSUE_FILES = [
  '.imported.json',
  'cover.jpg',
  'dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti.md',
  'images/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti-1.jpg',
  'images/jie-xiang-geng-xin-liu-zhu-yan-huo-qi-1.png',
  'images/jie-xiang-geng-xin-liu-zhu-yan-huo-qi-2.jpg',
  'issue.yaml',
  'jie-xiang-geng-xin-liu-zhu-yan-huo-qi.md',
  'lao-jiu-xiao-qu-jia-zhuang-dian-ti-nan-zai-na.md',
  'pages/02.jpg',
  'pages/02.pdf',
  'pages/03.jpg',
  'pages/03.pdf',
  'yi-zhou-min-sheng-kuai-xun.md',
];
/** Each binary file and the platform's file it must be, byte for byte. */
const SAME_BYTES: [string, string][] = [
  ['cover.jpg', path.join(PIC, '9f1c2a4e-0001.jpg.2')],
  ['pages/02.jpg', path.join(PIC, '9f1c2a4e-0002.jpg.2')],
  ['pages/03.jpg', path.join(PIC, '9f1c2a4e-0003.jpg.2')],
  ['pages/02.pdf', path.join(PDF, '5b7d-0002.pdf')],
  ['pages/03.pdf', path.join(PDF, '5b7d-0003.pdf')],
  ['images/dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti-1.jpg', path.join(PIC, 'a1b2c3d4-photo1.jpg')],
  ['images/jie-xiang-geng-xin-liu-zhu-yan-huo-qi-1.png', path.join(PIC, 'a1b2c3d4-photo2.png')],
];

let work: string;
let contentDir: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'e-paper-'));
  contentDir = path.join(work, 'content');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const issueDir = (date = '2024-12-16') => path.join(contentDir, date);

/** The issue's text files as written out in tests/fixtures/e-paper-expected; `source:` names the host they came from. */
function expectTheIssueAsPublished(date = '2024-12-16', host = 'http://paper.people.com.cn') {
  for (const name of filesUnder(path.join(EXPECTED, date))) {
    const expected = readFileSync(path.join(EXPECTED, date, name), 'utf8').replace('source: http://paper.people.com.cn/', `source: ${host}/`);
    expect(readFileSync(path.join(issueDir(date), name), 'utf8'), name).toBe(expected);
  }
}

describe('npm run import from a saved copy of the e-paper', () => {
  it('writes the whole issue from one of its layout pages, and it passes the content check', () => {
    const result = runScript('import', [LAYOUT_PAGE], contentDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(filesUnder(issueDir())).toEqual(ISSUE_FILES);
    expectTheIssueAsPublished();
    for (const [name, original] of SAME_BYTES) expect(readFileSync(path.join(issueDir(), name)).equals(readFileSync(original)), name).toBe(true);
    // One progress line per page, in page order.
    expect(result.stdout.match(/\[\d\/3\] 第0\d版 [^\s:]+/g)).toEqual(['[1/3] 第01版 封面', '[2/3] 第02版 深度聚焦·调查', '[3/3] 第03版 城市/乡村']);
    expect(result.stdout).toContain('Imported 2024-12-16: 4 articles; 13 written, 0 kept, 0 unchanged.');
    const check = runScript('check', [], contentDir);
    expect(check.stdout).toContain('0 errors, 0 warnings; 4 valid articles in 1 issue.');
    expect(check.status).toBe(0);
  });

  it('imports every issue of a folder, the older /html/ template too', () => {
    const result = runScript('import', [MIRROR], contentDir);
    expect(result.status).toBe(0);
    expect(readdirSync(contentDir).sort()).toEqual(['2023-12-18', '2024-12-16']);
    expect(filesUnder(issueDir('2023-12-18'))).toEqual(['.imported.json', 'cover.jpg', 'issue.yaml', 'pages/02.jpg', 'pages/02.pdf', 'sheng-tai-huan-jing-jian-guan-bu-neng-zou-guo-chang.md']);
    expectTheIssueAsPublished('2023-12-18');
    expectTheIssueAsPublished('2024-12-16');
  });

  it('writes nothing new when run again, and says so', () => {
    runScript('import', [LAYOUT_PAGE], contentDir);
    const before = filesUnder(issueDir()).map((name) => statSync(path.join(issueDir(), name)).mtimeMs);
    const again = runScript('import', [LAYOUT_PAGE], contentDir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing new for 2024-12-16: 13 files as the e-paper has them.');
    expect(filesUnder(issueDir()).map((name) => statSync(path.join(issueDir(), name)).mtimeMs)).toEqual(before);
  });

  it('keeps an article edited by hand, and an article added by hand, unless --force', () => {
    runScript('import', [LAYOUT_PAGE], contentDir);
    const edited = path.join(issueDir(), 'yi-zhou-min-sheng-kuai-xun.md');
    const added = path.join(issueDir(), 'bian-ji-bu-de-hua.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('推开至全国。', '推开至全国。（编辑补记）'));
    writeFileSync(added, '---\ntitle: 编辑部的话\nsection: 城市/乡村\npage: 3\n---\n\n本期关注城市更新。\n');
    const kept = runScript('import', [LAYOUT_PAGE], contentDir);
    expect(kept.status).toBe(0);
    expect(kept.stdout).toContain(`kept ${edited}: article "一周民生快讯" (page 3) was edited since it was imported; --force replaces it with the e-paper's`);
    expect(readFileSync(edited, 'utf8')).toContain('（编辑补记）');
    const forced = runScript('import', ['--force', LAYOUT_PAGE], contentDir);
    expect(forced.stdout).toContain(`replaced ${edited}`);
    expect(readFileSync(edited, 'utf8')).toBe(readFileSync(path.join(EXPECTED, '2024-12-16', 'yi-zhou-min-sheng-kuai-xun.md'), 'utf8'));
    expect(readFileSync(added, 'utf8')).toContain('本期关注城市更新。');
  });

  it('takes the e-paper’s corrections of an article nobody edited since, and keeps the one an editor did', () => {
    const copy = path.join(work, 'mirror');
    cpSync(MIRROR, copy, { recursive: true });
    const copiedLayout = path.join(copy, path.relative(MIRROR, LAYOUT_PAGE));
    runScript('import', [copiedLayout], contentDir);
    const edited = path.join(issueDir(), 'yi-zhou-min-sheng-kuai-xun.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('推开至全国。', '推开至全国。（编辑补记）'));
    const corrected = (name: string, from: string, to: string) => {
      const file = path.join(copy, 'paper.people.com.cn', 'mszk', 'pc', 'content', '202412', '16', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    corrected('content_30002.html', '最终达成一致。', '最终达成一致，电梯已于11月投用。');
    corrected('content_30004.html', '不低于2小时。', '不低于2小时（更正）。');
    const again = runScript('import', [copiedLayout], contentDir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`updated from the e-paper ${path.join(issueDir(), 'lao-jiu-xiao-qu-jia-zhuang-dian-ti-nan-zai-na.md')}`);
    expect(readFileSync(path.join(issueDir(), 'lao-jiu-xiao-qu-jia-zhuang-dian-ti-nan-zai-na.md'), 'utf8')).toContain('电梯已于11月投用。');
    expect(again.stdout).toContain(`kept ${edited}`);
    expect(readFileSync(edited, 'utf8')).toContain('（编辑补记）');
    expect(readFileSync(edited, 'utf8')).not.toContain('（更正）');
  });

  it('finds an article again by its source after its file was renamed', () => {
    runScript('import', [LAYOUT_PAGE], contentDir);
    const original = path.join(issueDir(), 'yi-zhou-min-sheng-kuai-xun.md');
    const renamed = path.join(issueDir(), 'kuai-xun.md');
    cpSync(original, renamed);
    rmSync(original);
    const again = runScript('import', [LAYOUT_PAGE], contentDir);
    expect(again.stdout).toContain('Nothing new for 2024-12-16');
    expect(existsSync(original)).toBe(false);
  });

  it('lists what it would write with --dry-run, and writes nothing', () => {
    const result = runScript('import', ['--dry-run', LAYOUT_PAGE], contentDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would write (new) ${path.join(issueDir(), 'pages', '02.jpg')}: scan of page 2`);
    expect(result.stdout).toContain('Dry run for 2024-12-16: 4 articles; 13 to write, 0 kept, 0 unchanged; nothing written.');
    expect(existsSync(contentDir)).toBe(false);
  });

  it('refuses a page that is not from the platform, writing nothing', () => {
    const result = runScript('import', [path.join(MIRROR, 'foreign', 'news.html')], contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a page of the e-paper platform; give a layout page like http://paper.people.com.cn/mszk/pc/layout/202412/09/node_01.html');
    expect(existsSync(contentDir)).toBe(false);
  });

  it('names a page whose scan is missing, with the reason, and writes nothing; --allow-missing imports the rest', () => {
    const layout = path.resolve('tests', 'fixtures', 'e-paper-missing-scan', 'paper.people.com.cn', 'mszk', 'pc', 'layout', '202412', '23', 'node_01.html');
    const result = runScript('import', [layout], contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^the scan of 第01版 要闻 file:\/\/\S+\/missing-0001\.jpg\.2: is not in the saved copy$/m);
    expect(existsSync(contentDir)).toBe(false);
    const allowed = runScript('import', ['--allow-missing', layout], contentDir);
    expect(allowed.status).toBe(0);
    expect(allowed.stdout).toContain('note: left out the scan of 第01版 要闻: is not in the saved copy');
    expect(filesUnder(issueDir('2024-12-23'))).toEqual(['.imported.json', 'yi-zhou-min-sheng-kuai-xun.md']);
    // Without the scan, no outline: the check would refuse an area on a page without one.
    expect(readFileSync(path.join(issueDir('2024-12-23'), 'yi-zhou-min-sheng-kuai-xun.md'), 'utf8')).not.toContain('area:');
  });

  it('leaves the issue folder as it was when the result would not pass the check', () => {
    runScript('import', [LAYOUT_PAGE], contentDir);
    // A second scan for page 2 by hand: with the imported one, the page would have two.
    cpSync(path.join(issueDir(), 'pages', '02.jpg'), path.join(issueDir(), 'pages', '02.png'));
    rmSync(path.join(issueDir(), 'pages', '02.jpg'));
    const before = filesUnder(issueDir());
    const result = runScript('import', [LAYOUT_PAGE], contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing written for 2024-12-16: the issue would not pass the content check.');
    expect(result.stderr).toMatch(/2024-12-16\/pages\/02\.(?:jpg|png)/);
    expect(filesUnder(issueDir())).toEqual(before);
    expect(readdirSync(contentDir)).toEqual(['2024-12-16']);
  });
});

/** The platform over HTTP: the saved copy served from loopback, every request logged. */
describe('npm run import from the platform over HTTP', () => {
  type Logged = { path: string; userAgent: string; start: number; end: number };
  let server: Server;
  let origin: string;
  let requests: Logged[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const failOnce = new Set<string>();

  beforeAll(async () => {
    server = createServer((request, response) => {
      const logged: Logged = { path: request.url ?? '', userAgent: request.headers['user-agent'] ?? '', start: Date.now(), end: 0 };
      requests.push(logged);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      const finish = (status: number, body: Buffer | string) => {
        setTimeout(() => {
          logged.end = Date.now();
          inFlight--;
          response.writeHead(status).end(body);
        }, 20);
      };
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (failOnce.delete(pathname)) return finish(503, 'busy');
      const file = path.join(SITE, pathname);
      if (!file.startsWith(SITE) || !existsSync(file) || !statSync(file).isFile()) return finish(404, 'not found');
      finish(200, readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests = [];
    mostInFlight = 0;
  });

  const PAUSE_MS = 150;
  const importUrl = (url: string, ...options: string[]) => runScriptAsync('import', [...options, url], contentDir, { IMPORT_PAUSE_MS: String(PAUSE_MS), IMPORT_RETRIES: '2' });

  it('asks one page at a time, paused, as itself; retries a server error; follows only the issue on this host', async () => {
    failOnce.add('/mszk/pc/content/202412/16/content_30003.html');
    const result = await importUrl(`${origin}/mszk/pc/layout/202412/16/node_03.html`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectTheIssueAsPublished('2024-12-16', origin);
    expect(mostInFlight).toBe(1);
    for (const [index, request] of requests.entries()) {
      expect(request.userAgent).toMatch(/^minsheng-weekly-reader-import\/\S+ /);
      if (index > 0) expect(request.start - requests[index - 1].end).toBeGreaterThanOrEqual(PAUSE_MS - 5);
    }
    expect(requests.filter((request) => request.path === '/mszk/pc/content/202412/16/content_30003.html')).toHaveLength(2);
    // Only the issue's own pages and files: not the previous issue it links to, not the editors' credit in the list.
    expect(requests.every((request) => /^\/mszk\/pc\/(?:layout|content|pic|attachement)\/202412\/16\//.test(request.path))).toBe(true);
    expect(requests.some((request) => request.path.includes('content_30005'))).toBe(false);
    expect(new Set(requests.map((request) => request.path)).size).toBe(requests.length - 1);
  });

  it('names a page the server does not have, and writes nothing', async () => {
    const result = await importUrl(`${origin}/mszk/pc/layout/202412/30/node_01.html`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`a layout page ${origin}/mszk/pc/layout/202412/30/node_01.html: the server answered 404`);
    expect(existsSync(contentDir)).toBe(false);
  });

  it('refuses an address that is not a page of the platform, or of another paper, before asking for it', async () => {
    for (const url of [`${origin}/news/index.html`, `${origin}/rmrb/pc/layout/202412/16/node_01.html`]) {
      const result = await importUrl(url);
      expect(result.status).toBe(1);
      expect(existsSync(contentDir)).toBe(false);
    }
    expect(requests).toEqual([]);
  });
});
