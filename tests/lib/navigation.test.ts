import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { monthWeeks } from '../../lib/content/issue-date';
import { issuePageHref, sectionHref } from '../../lib/publishing/routes';
import { ARTICLES_PER_ISSUE, syntheticIssueDate, writeSyntheticArchive } from '../../scripts/synthetic-archive';

let dir: string;
let content: typeof import('../../lib/content/content-index');
let neighbours: typeof import('../../lib/content/neighbours');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'archive-'));
  writeSyntheticArchive(dir, 3 * ARTICLES_PER_ISSUE);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.resetModules();
  content = await import('../../lib/content/content-index');
  neighbours = await import('../../lib/content/neighbours');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('moving through issues, pages and sections', () => {
  it('finds the issues before (older) and after (newer) one', () => {
    const [newest, middle, oldest] = [0, 1, 2].map(syntheticIssueDate);
    expect(neighbours.issueNeighbours(middle)).toMatchObject({ previous: { date: oldest }, next: { date: newest } });
    expect(neighbours.issueNeighbours(newest).next).toBeUndefined();
    expect(neighbours.issueNeighbours(oldest).previous).toBeUndefined();
    expect(neighbours.issueNeighbours('2000-01-01')).toEqual({});
  });

  it('finds the pages either side of one, and the parts of a listing', () => {
    const issue = content.getIssue(syntheticIssueDate(0));
    if (!issue) throw new Error('no issue');
    const [first, second, third] = issue.pages;
    expect(neighbours.pageNeighbours(issue, second.page)).toEqual({ previous: first, next: third });
    expect(neighbours.pageNeighbours(issue, first.page).previous).toBeUndefined();
    expect(neighbours.partNeighbours({ part: 1, partCount: 2 })).toEqual({ previous: undefined, next: 2 });
    expect(neighbours.partNeighbours({ part: 2, partCount: 2 })).toEqual({ previous: 1, next: undefined });
  });

  it('lists every page of every issue for the page views', () => {
    expect(content.listIssuePageParams()).toHaveLength(3 * 10);
    expect(content.listIssuePageParams()[0]).toEqual({ date: syntheticIssueDate(0), page: '01' });
  });

  it("splits a section's articles across issues into parts, newest first", () => {
    const total = content.listSections().find((section) => section.name === '要闻')?.total ?? 0;
    expect(total).toBe(3 * 2 * 4);
    const first = content.getSectionListing('要闻', 1);
    expect(first).toMatchObject({ part: 1, partCount: 2, total });
    expect(first?.articles).toHaveLength(content.SECTION_PART_SIZE);
    expect(first?.articles.map((article) => article.date)).toEqual([...(first?.articles.map((article) => article.date) ?? [])].sort().reverse());
    expect(content.getSectionListing('要闻', 2)?.articles).toHaveLength(total - content.SECTION_PART_SIZE);
    expect(content.getSectionListing('要闻', 3)).toBeUndefined();
    expect(content.getSectionListing('没有的栏目')).toBeUndefined();
  });
});

describe('URLs and calendars', () => {
  it('write page numbers with two digits and section names encoded', () => {
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
