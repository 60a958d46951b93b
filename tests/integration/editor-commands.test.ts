import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files-under';
import { runScript } from '../support/run-command';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SCHEDULED_ISSUE, FIXTURE_SITE_DIR } from '../support/fixture-content';

const seed = path.resolve('tests', 'fixtures', 'seed-capture.txt');
const capturesDir = path.resolve('tests', 'fixtures', 'captures');
let work: string;
let contentDir: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'editor-'));
  contentDir = path.join(work, 'content');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));


/** A folder of copies of the named capture fixtures. */
function captureFolder(...cases: string[]): string {
  const folder = path.join(work, 'captures');
  for (const name of cases) cpSync(path.join(capturesDir, name, 'capture.txt'), path.join(folder, `${name}.txt`));
  return folder;
}

describe('npm run import', () => {
  const seedTarget = () => path.join(contentDir, '2024-12-09', 'dang-jian-yin-ling-zhu-lao-she-hui-zhi-li-gong-tong-ti.md');

  it('writes the article and summarizes it in one line', () => {
    const result = runScript('import', [seed], contentDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `written ${seedTarget()}: 2024-12-09, page 5, 深度聚焦, "党建引领，筑牢社会治理共同体", 30 paragraphs, 3 subheadings, 142 punctuation changes`,
    );
    expect(readFileSync(seedTarget(), 'utf8')).toBe(readFileSync(path.join('content', '2024-12-09', path.basename(seedTarget())), 'utf8'));
  });

  it('never overwrites without --force', () => {
    runScript('import', [seed], contentDir);
    writeFileSync(seedTarget(), `${readFileSync(seedTarget(), 'utf8')}\n编辑改过的段落。\n`);
    const again = runScript('import', [seed], contentDir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`exists, not replaced (use --force to replace) ${seedTarget()}`);
    expect(readFileSync(seedTarget(), 'utf8')).toContain('编辑改过的段落。');

    const forced = runScript('import', ['--force', seed], contentDir);
    expect(forced.stdout).toContain(`overwritten ${seedTarget()}`);
    expect(readFileSync(seedTarget(), 'utf8')).not.toContain('编辑改过的段落。');
  });

  it('--dry-run prints the file and writes nothing', () => {
    const result = runScript('import', ['--dry-run', seed], contentDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would write ${seedTarget()}`);
    expect(result.stdout).toContain('title: 党建引领，筑牢社会治理共同体');
    expect(result.stdout).toContain('## 党建引领基层治理创新');
    expect(filesUnder(contentDir)).toEqual([]);
  });

  it('imports a folder with progress and a final count', () => {
    const result = runScript('import', [captureFolder('title-only', 'no-byline', 'two-reporters')], contentDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\[1\/3\] written .*\n\[2\/3\] written .*\n\[3\/3\] written /m);
    expect(result.stdout).toContain('Imported 3 captures: 3 written, 0 replaced, 0 skipped.');
    expect(filesUnder(contentDir)).toEqual([
      '2024-12-02/xian-yu-yi-gong-ti-jian-she-quan-mian-tui-kai.md',
      '2024-12-16/du-zhe-lai-xin-xuan-deng.md',
      '2024-12-16/yi-zhou-min-sheng-kuai-xun.md',
    ]);
  });

  it('refuses a malformed capture with its line and reason, and writes nothing at all', () => {
    const folder = captureFolder('title-only', 'malformed-no-source-line');
    const result = runScript('import', [folder], contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${path.join(folder, 'malformed-no-source-line.txt')}:7: no source line like "《民生周刊》(2024年12月09日 第 05版)"`,
    );
    expect(result.stderr).toContain('Nothing written: 1 of 2 captures could not be read.');
    expect(filesUnder(contentDir)).toEqual([]);
  });

  it('gives an article a slug of its own when another in the issue has the same pinyin', () => {
    const folder = captureFolder('title-only');
    const homophone = readFileSync(path.join(folder, 'title-only.txt'), 'utf8').replace('一周民生快讯', '一州民生快讯');
    writeFileSync(path.join(folder, 'z-homophone.txt'), homophone);
    const result = runScript('import', [folder], contentDir);
    expect(result.status).toBe(0);
    expect(filesUnder(contentDir)).toEqual(['2024-12-16/yi-zhou-min-sheng-kuai-xun-2.md', '2024-12-16/yi-zhou-min-sheng-kuai-xun.md']);
  });

  it('reports an imported article that conflicts with its issue', () => {
    cpSync(path.resolve('tests', 'fixtures', 'site'), contentDir, { recursive: true });
    // This capture puts a 民生调查 article on page 3 of 2024-12-16, which is 深度聚焦 there.
    const result = runScript('import', [captureFolder('three-heading-lines')], contentDir);
    expect(result.status).toBe(1);
    const target = path.join(contentDir, '2024-12-16', 'lao-jiu-xiao-qu-gai-zao-gai-chu-xing-fu-xin-sheng-huo.md');
    expect(result.stdout).toContain(`written ${target}`);
    expect(result.stderr).toContain(`${target}: section: "民生调查" differs from "深度聚焦" of full-fields.md; all articles on page 3 share one section`);
  });
});

describe('npm run new', () => {
  it('scaffolds an article with every field, which check then asks to fill in', () => {
    const created = runScript('new', ['--date', '2024-12-16', '--page', '3', '--section', '民生调查', '--title', '社区食堂开张了'], contentDir);
    expect(created.status).toBe(0);
    const file = path.join(contentDir, '2024-12-16', 'she-qu-shi-tang-kai-zhang-le.md');
    expect(created.stdout).toContain(`created ${file}`);
    const text = readFileSync(file, 'utf8');
    for (const field of ['kicker', 'title', 'subtitle', 'byline', 'authors', 'section', 'page', 'order']) {
      expect(text).toMatch(new RegExp(`^(# )?${field}: `, 'm'));
    }
    expect(text).toContain('title: 社区食堂开张了\n');
    expect(text).toContain('page: 3\n');

    const check = runScript('check', [], contentDir);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${file}: body: is empty`);
  });

  it('refuses an existing file and invalid values', () => {
    const args = ['--date', '2024-12-16', '--page', '3', '--section', '民生调查', '--title', '社区食堂开张了'];
    runScript('new', args, contentDir);
    expect(runScript('new', args, contentDir)).toMatchObject({ status: 2, stderr: expect.stringContaining('exists already') });
    const badPage = runScript('new', ['--date', '2024-12-16', '--page', '1000', '--section', '民生调查', '--title', '标题'], contentDir);
    expect(badPage).toMatchObject({ status: 2, stderr: expect.stringContaining('--page: must be a whole number from 1 to 999') });
    const badDate = runScript('new', ['--date', '2024-02-30', '--page', '1', '--section', '民生调查', '--title', '标题'], contentDir);
    expect(badDate).toMatchObject({ status: 2, stderr: expect.stringContaining('--date: "2024-02-30" is not a real date') });
  });
});

describe('npm run check', () => {
  it('lists every error with file, line and field, and exits 1', () => {
    const fixture = 'tests/fixtures/content-errors/unknown-field/content';
    const result = runScript('check', [], fixture);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${fixture}/2024-12-09/a.md:2: titel: unknown field; did you mean "title"?`);
    expect(result.stdout).toContain(`${fixture}/2024-12-09/a.md:6: subtitel: unknown field; did you mean "subtitle"?`);
    expect(result.stdout).toContain('2 errors, 0 warnings');
  });

  it('exits 0 on warnings alone', () => {
    const fixture = 'tests/fixtures/content-warnings/raw-html/content';
    const result = runScript('check', [], fixture);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${fixture}/2024-12-09/a.md:7: body: raw HTML is removed when published`);
    expect(result.stdout).toContain('0 errors, 2 warnings; 1 valid article in 1 issue.');
  });

  it('--json gives the same findings as data', () => {
    const fixture = 'tests/fixtures/content-errors/duplicate-order/content';
    const result = runScript('check', ['--json'], fixture);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      errors: [{ file: `${fixture}/2024-12-09/b.md`, field: 'order', message: '2 is also the order of a.md on page 1' }],
      warnings: [],
    });
  });

  it('lists the scheduled issues, which the build leaves out until their date', () => {
    const result = runScript('check', [], FIXTURE_SITE_DIR, { PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Scheduled (after ${FIXTURE_PUBLISH_UNTIL}, PUBLISH_UNTIL; published on their date, shown now by npm run dev):\n  ${FIXTURE_SCHEDULED_ISSUE}: 1 article\n`);
    expect(runScript('check', [], FIXTURE_SITE_DIR, { PUBLISH_UNTIL: FIXTURE_SCHEDULED_ISSUE }).stdout).not.toContain('Scheduled');
    const json = JSON.parse(runScript('check', ['--json'], FIXTURE_SITE_DIR, { PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL }).stdout);
    expect(json).toMatchObject({ publishUntil: FIXTURE_PUBLISH_UNTIL, scheduled: [{ date: FIXTURE_SCHEDULED_ISSUE, articles: 1 }] });
    const badDate = runScript('check', [], FIXTURE_SITE_DIR, { PUBLISH_UNTIL: '2024-12-32' });
    expect(badDate).toMatchObject({ status: 2, stderr: expect.stringContaining('PUBLISH_UNTIL=2024-12-32: must be a real date written YYYY-MM-DD') });
  });

  it('reports an issue folder without articles', () => {
    const fixture = 'tests/fixtures/content-warnings/empty-issue-folder/content';
    const result = runScript('check', [], fixture);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${fixture}/2024-12-16: folder: holds no articles; the issue is not published`);
  });

  it('passes the site content', () => {
    const result = runScript('check', [], 'content');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 errors, 0 warnings');
  });
});
