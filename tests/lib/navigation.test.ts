import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { monthWeeks } from '../../lib/content/issue-date';
import { issuePageHref, sectionHref } from '../../lib/publishing/routes';
import { ARTICLES_PER_ISSUE, syntheticIssueDate, writeSyntheticArchive } from '../../scripts/synthetic-archive';

let dir: string;
let content: typeof import('../../lib/content/content-index');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'archive-'));
  writeSyntheticArchive(dir, 3 * ARTICLES_PER_ISSUE);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.resetModules();
  content = await import('../../lib/content/content-index');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('moving through issues, pages and columns', () => {
  it('finds the issues before and after one', () => {
    const [newest, middle, oldest] = [0, 1, 2].map(syntheticIssueDate);
    expect(content.getAdjacentIssues(middle)).toMatchObject({ newer: { date: newest }, older: { date: oldest } });
    expect(content.getAdjacentIssues(newest).newer).toBeUndefined();
    expect(content.getAdjacentIssues(oldest).older).toBeUndefined();
  });

  it('lists every page of every issue for the page views', () => {
    expect(content.listIssuePageParams()).toHaveLength(3 * 10);
    expect(content.listIssuePageParams()[0]).toEqual({ date: syntheticIssueDate(0), page: '01' });
  });

  it("pages a column's articles across issues, newest first", () => {
    const total = content.listSections().find((section) => section.name === '要闻')?.total ?? 0;
    expect(total).toBe(3 * 2 * 4);
    const first = content.getSectionListing('要闻', 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total });
    expect(first?.articles).toHaveLength(content.SECTION_PAGE_SIZE);
    expect(first?.articles.map((article) => article.date)).toEqual([...(first?.articles.map((article) => article.date) ?? [])].sort().reverse());
    expect(content.getSectionListing('要闻', 2)?.articles).toHaveLength(total - content.SECTION_PAGE_SIZE);
    expect(content.getSectionListing('要闻', 3)).toBeUndefined();
    expect(content.getSectionListing('没有的栏目')).toBeUndefined();
  });
});

describe('URLs and calendars', () => {
  it('write page numbers with two digits and column names encoded', () => {
    expect(issuePageHref('2024-12-09', 5)).toBe('/issues/2024-12-09/pages/05');
    expect(sectionHref('深度聚焦')).toBe('/sections/%E6%B7%B1%E5%BA%A6%E8%81%9A%E7%84%A6');
    expect(sectionHref('深度聚焦', 2)).toBe('/sections/%E6%B7%B1%E5%BA%A6%E8%81%9A%E7%84%A6/2');
  });

  it('lay a month out in weeks from Sunday', () => {
    const weeks = monthWeeks('2024-12');
    expect(weeks[0]).toEqual(['2024-12-01', '2024-12-02', '2024-12-03', '2024-12-04', '2024-12-05', '2024-12-06', '2024-12-07']);
    expect(weeks.at(-1)).toEqual(['2024-12-29', '2024-12-30', '2024-12-31', undefined, undefined, undefined, undefined]);
    expect(monthWeeks('2025-02')[0].slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
