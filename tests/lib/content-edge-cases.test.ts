import { bodyHtmlOf } from '../support/body-html';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/content/problems';
import { loadContent, validateContent } from '../../lib/content/load-content';
import { articleKey } from '../../lib/content/model';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'edge-'));
  mkdirSync(path.join(dir, '2024-12-09'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string | Buffer) => writeFileSync(path.join(dir, '2024-12-09', name), text);
const article = (title: string, body = '正文。') => `---\ntitle: ${title}\nsection: 要闻\npage: 1\n---\n\n${body}\n`;
const problems = () => validateContent(dir).errors.map((problem) => formatProblem(problem).replace(`${dir}/`, ''));

describe('content edge cases', () => {
  it('reads a UTF-8 byte-order mark and Windows line ends as if they were not there', () => {
    write('a.md', `\uFEFF${article('标题', '第一段。\n\n## 小标题\n\n第二段。').replace(/\n/g, '\r\n')}`);
    const loaded = loadContent(dir).articles.get(articleKey('2024-12-09', 'a'));
    expect(loaded?.title).toBe('标题');
    expect(loaded?.blocks.map((block) => block.text)).toEqual(['第一段。', '小标题', '第二段。']);
    expect(bodyHtmlOf(loaded)).not.toMatch(/\r|\uFEFF/);
  });

  it('accepts tabs between a field and its value', () => {
    write('a.md', '---\ntitle:\t标题\nsection:\t要闻\npage:\t1\n---\n\n正文。\n');
    expect(loadContent(dir).articles.get(articleKey('2024-12-09', 'a'))?.section).toBe('要闻');
  });

  it('publishes an article of 200,000 characters', () => {
    const paragraph = `${'民生周刊记者走访社区。'.repeat(50)}\n\n`;
    const count = Math.ceil(200_000 / paragraph.length);
    write('a.md', article('长文', paragraph.repeat(count)));
    const loaded = loadContent(dir).articles.get(articleKey('2024-12-09', 'a'));
    expect(loaded?.blocks).toHaveLength(count);
    expect(loaded?.blocks.map((block) => block.text).join('')).toBe(paragraph.trim().repeat(count));
    expect(loaded?.readingMinutes).toBeGreaterThan(300);
  });

  it('publishes an issue of 300 articles in order', () => {
    for (let n = 1; n <= 300; n++) write(`a-${String(n).padStart(3, '0')}.md`, article(`第${n}篇`));
    const content = loadContent(dir);
    expect(content.issues[0].articleCount).toBe(300);
    expect(content.readingOrder.get('2024-12-09')?.slice(0, 2)).toEqual(['a-001', 'a-002']);
  });

  it('ignores files that are not Markdown, and hidden files and folders', () => {
    write('a.md', article('标题'));
    write('notes.txt', 'not an article');
    write('photo.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    write('.draft.md', '---\nbroken: [\n---\n');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.DS_Store'), '');
    expect(problems()).toEqual([]);
    expect([...loadContent(dir).articles.keys()]).toEqual(['2024-12-09/a']);
  });

  it('refuses a file that is not UTF-8, naming its line', () => {
    write('a.md', Buffer.concat([Buffer.from('---\ntitle: 标题\nsection: 要闻\npage: 1\n---\n\n'), Buffer.from([0xd5, 0xfd, 0xce, 0xc4, 0x0a])]));
    expect(problems()).toEqual(['2024-12-09/a.md:7: file: is not UTF-8 text; save it as UTF-8']);
  });

  it('follows symbolic links inside the content folder and refuses those leading out', () => {
    mkdirSync(path.join(dir, 'shared'));
    writeFileSync(path.join(dir, 'shared', 'text.md'), article('共享'));
    symlinkSync(path.join(dir, 'shared', 'text.md'), path.join(dir, '2024-12-09', 'inside.md'));
    symlinkSync('/etc/hostname', path.join(dir, '2024-12-09', 'outside.md'));
    symlinkSync(path.join(dir, 'missing.md'), path.join(dir, '2024-12-09', 'dangling.md'));
    expect(problems()).toEqual([
      'shared: folder name: must be a real issue date written YYYY-MM-DD',
      '2024-12-09/dangling.md: file: is a symbolic link to nothing',
      '2024-12-09/outside.md: file: is a symbolic link to a place outside the content folder; refused',
    ]);
    expect(validateContent(dir).index.articles.get(articleKey('2024-12-09', 'inside'))?.title).toBe('共享');
  });
});
