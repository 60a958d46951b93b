import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { ensureCommand } from '../../scripts/support/debian-packages';

const siteUrl = inject('siteUrl');
const VNU_JAR = path.resolve('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const pages = {
  home: '/',
  archive: '/issues',
  'issue contents': '/issues/2024-12-16',
  article: '/issues/2024-12-16/full-fields',
  'article with photos': '/issues/2024-12-02/tu-wen-shi-tang',
  'issue contents with photo thumbnails': '/issues/2024-12-02',
  'article with hostile HTML': '/issues/2024-12-16/xss-attempt',
  'not found': '/issues/2024-12-17',
  'page view': '/issues/2024-12-16/pages/03',
  'page view with its scan': '/issues/2024-12-16/pages/01',
  section: '/sections/%E8%A6%81%E9%97%BB',
  sections: '/sections',
  search: '/search',
  offline: '/offline',
};

const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type VnuMessage = { type: string; url: string; message: string; extract?: string };

describe('the Nu HTML Checker', () => {
  it('finds no error on any page type', async () => {
    ensureCommand('java', ['default-jre-headless']);
    const files = await Promise.all(
      Object.entries(pages).map(async ([name, pathname]) => {
        const file = path.join(dir, `${name.replace(/\W+/g, '-')}.html`);
        writeFileSync(file, await (await fetch(siteUrl + pathname)).text());
        return file;
      }),
    );
    const output = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
      encoding: 'utf8',
    });
    const report: { messages: VnuMessage[] } = JSON.parse(output);
    // Errors, and `non-document-error` for a file it could not check; `info` holds warnings.
    expect(report.messages.filter((message) => message.type !== 'info')).toEqual([]);
  }, 120_000);
});
