import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX_CHARACTERS, clipText, fileSizeLabel, formatSourceLine, pageLabel } from '../../lib/content/labels';

describe('labels', () => {
  it('print pages and source lines as the e-paper does', () => {
    expect(pageLabel(5)).toBe('第05版');
    expect(formatSourceLine('2024-12-09', 5)).toBe('《民生周刊》（2024年12月09日 第05版）');
  });
});

describe('file sizes', () => {
  it('read in KB under a megabyte and in MB from one on', () => {
    expect(fileSizeLabel(885)).toBe('1 KB');
    expect(fileSizeLabel(850 * 1024)).toBe('850 KB');
    expect(fileSizeLabel(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});

describe('clipped text', () => {
  it('stays whole when it fits', () => {
    expect(clipText('党建引领，筑牢社会治理共同体', 30)).toBe('党建引领，筑牢社会治理共同体');
  });

  it('is cut to the limit with …, never splitting a character or leaving a dangling comma', () => {
    const long = '这是一个非常长的标题，'.repeat(20);
    const clipped = clipText(long, HEADLINE_MAX_CHARACTERS);
    expect(Array.from(clipped).length).toBeLessThanOrEqual(HEADLINE_MAX_CHARACTERS);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).not.toMatch(/，…$/);
    expect(clipText('𠀀'.repeat(40), 30)).toBe(`${'𠀀'.repeat(29)}…`);
  });
});
