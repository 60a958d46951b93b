import { describe, expect, it } from 'vitest';
import { sectionHref } from '../../lib/publishing/routes';
import { sectionSlug } from '../../lib/content/section-slug';

const oddNames = ['两会 特稿', '城市/乡村', '100%民生', '问与答?', '#话题', '.', '..', 'v1.0版', '长栏目名称'.repeat(12), 'A&B 观察', '城市\\乡村', '全角　空格'];

describe('section URL segments', () => {
  it('are the name itself when it is safe in a path', () => {
    for (const name of ['深度聚焦', '人物·访谈', '专题（上）', 'AI_科技-前沿', '2024']) expect(sectionSlug(name)).toBe(name);
  });

  it('hold no path syntax, whatever the name', () => {
    for (const name of oddNames) {
      const slug = sectionSlug(name);
      expect(slug, name).toMatch(/^[^\s/?#%.&\\]+$/u);
      expect(Array.from(slug).length, name).toBeLessThanOrEqual(49);
      expect(sectionHref(name), name).toBe(`/sections/${encodeURIComponent(slug)}`);
    }
  });

  it('keep the readable part and add a fingerprint of the whole name', () => {
    expect(sectionSlug('城市/乡村')).toMatch(/^城市-乡村-[0-9a-f]{8}$/);
    expect(sectionSlug('两会 特稿')).toMatch(/^两会-特稿-[0-9a-f]{8}$/);
    expect(sectionSlug('..')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('are stable and different for different names', () => {
    expect(sectionSlug('城市/乡村')).toBe(sectionSlug('城市/乡村'));
    const slugs = [...oddNames, '城市 乡村', '城市?乡村', '长栏目名称'.repeat(13)].map(sectionSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});
