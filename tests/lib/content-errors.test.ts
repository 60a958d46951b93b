import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../lib/content/problems';
import { loadContent } from '../../lib/content/load-content';

const casesDir = path.join('tests', 'fixtures', 'content-errors');

function problemsOf(caseDir: string): string[] {
  try {
    loadContent(path.join(caseDir, 'content'));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Messages name files as the editor sees them from the working folder; compare from `content/` on.
    return error.problems.map((problem) => formatProblem(problem).replaceAll(`${caseDir}/`, ''));
  }
  return [];
}

describe('invalid content is reported with file, line and field', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const caseDir = path.join(casesDir, name);
    it(name, () => {
      const expected = readFileSync(path.join(caseDir, 'expected-problems.txt'), 'utf8').trim().split('\n');
      expect(problemsOf(caseDir)).toEqual(expected);
    });
  }

  it('lists every problem in the thrown message at once', () => {
    const caseDir = path.join(casesDir, 'problems-in-several-issues');
    expect(() => loadContent(path.join(caseDir, 'content'))).toThrow(
      /Content has 2 problems:\n {2}.*2024-12-16\/b\.md:5: byline: must be text\n {2}.*2024-12-09\/a\.md: page: is required/,
    );
  });

  it('names a missing content folder', () => {
    expect(() => loadContent(path.join(casesDir, 'no-such-folder'))).toThrow(/no-such-folder: folder: cannot be read/);
  });
});
