import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { ensureCommand } from '../../scripts/support/debian-packages';
import { PAGE_TYPES } from '../support/page-types';

const siteUrl = inject('siteUrl');
const VNU_JAR = path.resolve('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const pages = { ...PAGE_TYPES, 'article with hostile HTML': '/issues/2024-12-16/xss-attempt' };

const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type VnuMessage = { type: string; url: string; message: string; extract?: string; hiliteStart?: number; hiliteLength?: number };

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
    const problems = report.messages.filter((message) => message.type !== 'info');
    // The one message allowed: Baidu's `<meta http-equiv="Cache-Control">`, which HTML does not define
    // (lib/publishing/search-engines.ts), twice on every page (no-transform, no-siteapp) and nowhere else.
    const isBaiduCacheControl = (message: VnuMessage) =>
      message.message === 'Bad value “Cache-Control” for attribute “http-equiv” on element “meta”.' &&
      /^<meta http-equiv="Cache-Control" content="no-(transform|siteapp)"\/?>$/.test(message.extract?.substr(message.hiliteStart ?? 0, message.hiliteLength) ?? '');
    expect(problems.filter((message) => !isBaiduCacheControl(message))).toEqual([]);
    for (const file of files) expect(problems.filter((message) => message.url.endsWith(path.basename(file)) && isBaiduCacheControl(message)), file).toHaveLength(2);
  }, 120_000);
});
