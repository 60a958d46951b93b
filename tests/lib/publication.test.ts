import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestArticles } from '../../lib/publishing/feed';
import { beijingToday } from '../../lib/content/issue-date';
import { loadContent, validateContent } from '../../lib/content/load-content';
import { isScheduled, publicationCutOff } from '../../lib/content/publication';
import { buildSearchIndex } from '../../lib/search/build-index';
import { sitemapEntries } from '../../lib/publishing/sitemap';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SCHEDULED_ISSUE } from '../support/fixture-content';

const site = path.join('tests', 'fixtures', 'site');

describe('the publication cut-off', () => {
  it('is today in Beijing, which starts at 16:00 UTC the day before', () => {
    expect(beijingToday(new Date('2024-12-15T15:59:59Z'))).toBe('2024-12-15');
    expect(beijingToday(new Date('2024-12-15T16:00:00Z'))).toBe('2024-12-16');
    expect(beijingToday(new Date('2024-12-31T23:00:00-05:00'))).toBe('2025-01-01');
    expect(publicationCutOff({}, new Date('2024-12-15T16:00:00Z'))).toBe('2024-12-16');
  });

  it('is PUBLISH_UNTIL when set, and refuses a date that is not one', () => {
    expect(publicationCutOff({ PUBLISH_UNTIL: '2024-12-20' }, new Date('2030-01-01T00:00:00Z'))).toBe('2024-12-20');
    expect(() => publicationCutOff({ PUBLISH_UNTIL: '2024-12-32' })).toThrow('PUBLISH_UNTIL=2024-12-32: must be a real date written YYYY-MM-DD');
  });

  it('publishes the issue of the cut-off day itself', () => {
    expect(isScheduled('2024-12-16', '2024-12-16')).toBe(false);
    expect(isScheduled('2024-12-17', '2024-12-16')).toBe(true);
  });
});

describe('scheduled issues', () => {
  const published = loadContent(site, { publishUntil: FIXTURE_PUBLISH_UNTIL });
  const scheduledKey = `${FIXTURE_SCHEDULED_ISSUE}/yu-pai-gao-jian`;

  it('are left out of everything a build publishes', () => {
    expect(published.issues.map((issue) => issue.date)).toEqual(['2024-12-16', '2024-12-02', '2024-11-25']);
    expect(published.articles.has(scheduledKey)).toBe(false);
    expect(published.readingOrder.has(FIXTURE_SCHEDULED_ISSUE)).toBe(false);
    expect(published.sections.has('预排栏目')).toBe(false);
    expect(sitemapEntries(published).some((entry) => entry.path.includes(FIXTURE_SCHEDULED_ISSUE))).toBe(false);
    expect(latestArticles(published).some((article) => article.date === FIXTURE_SCHEDULED_ISSUE)).toBe(false);
    const search = buildSearchIndex(published);
    expect(JSON.stringify(search)).not.toContain(FIXTURE_SCHEDULED_ISSUE);
    expect(search.shards.some((shard) => '独有' in shard)).toBe(false);
  });

  it('are published once the cut-off reaches their date', () => {
    const later = loadContent(site, { publishUntil: FIXTURE_SCHEDULED_ISSUE });
    expect(later.issues[0]).toMatchObject({ date: FIXTURE_SCHEDULED_ISSUE, scheduled: false });
    expect(later.articles.has(scheduledKey)).toBe(true);
  });

  it('are in the preview, marked', () => {
    const preview = loadContent(site, { publishUntil: FIXTURE_PUBLISH_UNTIL, preview: true });
    expect(preview.issues.map((issue) => [issue.date, issue.scheduled])).toEqual([
      [FIXTURE_SCHEDULED_ISSUE, true],
      ['2024-12-16', false],
      ['2024-12-02', false],
      ['2024-11-25', false],
    ]);
    expect(preview.sections.get('预排栏目')?.map((article) => article.slug)).toEqual(['yu-pai-gao-jian']);
  });

  it('are listed by the check, which still reads them', () => {
    const { scheduled, index } = validateContent(site, { publishUntil: FIXTURE_PUBLISH_UNTIL });
    expect(scheduled).toEqual([FIXTURE_SCHEDULED_ISSUE]);
    expect(index.articles.has(scheduledKey)).toBe(true);
  });
});
