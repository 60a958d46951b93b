import { describe, expect, it } from 'vitest';
import { EMPTY_LIBRARY, READING_HISTORY_LIMIT, isSaved, parseLibrary, withRead, withSaved, withoutSaved } from '../../lib/reading/library';

const article = (n: number) => ({ href: `/issues/2024-12-16/a-${n}`, title: `文章${n}`, date: '2024-12-16', section: '要闻' });
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 8, minute));

describe('我的收藏 in storage', () => {
  it('reads back what it wrote', () => {
    const library = withRead(withSaved(EMPTY_LIBRARY, article(1), at(1)), article(2), at(2));
    expect(parseLibrary(JSON.stringify(library))).toEqual({
      saved: [{ href: '/issues/2024-12-16/a-1', title: '文章1', date: '2024-12-16', section: '要闻', at: '2026-11-30T08:01:00.000Z' }],
      read: [{ href: '/issues/2024-12-16/a-2', title: '文章2', date: '2024-12-16', section: '要闻', at: '2026-11-30T08:02:00.000Z' }],
    });
  });

  it('starts empty from nothing, from what is not JSON, and from JSON of another shape', () => {
    for (const stored of [null, '', '{', '[]', '{"saved":[],"read":[{"href":"javascript:alert(1)","title":"x","date":"d","at":"t"}]}', '{"saved":[{}],"read":[]}', '{"saved":[{"href":"//elsewhere.example/a","title":"x","date":"d","at":"t"}],"read":[]}', '{"saved":[{"href":"/a","title":"x","date":"d","at":"t","section":1}],"read":[]}', '{"saved":[]}']) {
      expect(parseLibrary(stored), String(stored)).toEqual({ saved: [], read: [] });
    }
  });

  it('keeps each article once, the latest first, and at most 50 read', () => {
    let library = EMPTY_LIBRARY;
    for (let n = 0; n < 60; n++) library = withRead(library, article(n), at(n % 60));
    library = withRead(library, article(30), at(59));
    expect(library.read).toHaveLength(READING_HISTORY_LIMIT);
    expect(library.read.slice(0, 3).map(({ title }) => title)).toEqual(['文章30', '文章59', '文章58']);
    expect(library.read.filter(({ title }) => title === '文章30')).toHaveLength(1);
    // 59 back to 10 were kept; reading 30 again moved it first and dropped none.
    expect(library.read.at(-1)?.title).toBe('文章10');
  });

  it('收藏 and its undoing leave 阅读记录 as it was', () => {
    const read = withRead(EMPTY_LIBRARY, article(1), at(1));
    const saved = withSaved(withSaved(read, article(1), at(2)), article(1), at(3));
    expect(saved.saved).toHaveLength(1);
    expect(isSaved(saved, article(1).href)).toBe(true);
    const undone = withoutSaved(saved, article(1).href);
    expect(isSaved(undone, article(1).href)).toBe(false);
    expect(undone.read).toEqual(read.read);
  });
});
