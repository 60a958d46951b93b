import { afterEach, describe, expect, it } from 'vitest';
import { formatIssueDate, isIssueDate, issueDateTime, issueWeekday, issueYear } from '../../lib/content/issue-date';

const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

describe('issue dates', () => {
  it('accept only real calendar days written YYYY-MM-DD', () => {
    expect(isIssueDate('2024-12-09')).toBe(true);
    expect(isIssueDate('2024-02-29')).toBe(true);
    expect(isIssueDate('2023-02-29')).toBe(false);
    expect(isIssueDate('2024-13-01')).toBe(false);
    expect(isIssueDate('2024-1-9')).toBe(false);
    expect(isIssueDate('latest')).toBe(false);
  });

  it('print as the e-paper does', () => {
    expect(formatIssueDate('2024-12-09')).toBe('2024年12月09日');
    expect(issueWeekday('2024-12-09')).toBe('星期一');
    expect(issueWeekday('2024-12-15')).toBe('星期日');
    expect(issueYear('2024-12-09')).toBe(2024);
    expect(issueDateTime('2024-12-09')).toBe('2024-12-09T00:00:00+08:00');
  });

  it('keep their day and weekday whatever the server time zone', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai', 'UTC']) {
      process.env.TZ = zone;
      expect(formatIssueDate('2024-12-09'), zone).toBe('2024年12月09日');
      expect(issueWeekday('2024-12-09'), zone).toBe('星期一');
    }
  });

  it('refuse to format something that is not a date', () => {
    expect(() => formatIssueDate('2024-02-30')).toThrow(RangeError);
  });
});
