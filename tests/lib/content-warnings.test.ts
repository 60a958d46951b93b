import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/content/problems';
import { validateContent } from '../../lib/content/load-content';
import { chineseTextWarnings } from '../../lib/editor/text-warnings';

const casesDir = path.join('tests', 'fixtures', 'content-warnings');

describe('content warnings name file, line and field, and still publish', () => {
  for (const name of readdirSync(casesDir).sort()) {
    const caseDir = path.join(casesDir, name);
    it(name, () => {
      const { index, errors, warnings } = validateContent(path.join(caseDir, 'content'), { lint: chineseTextWarnings });
      const expected = readFileSync(path.join(caseDir, 'expected-warnings.txt'), 'utf8').trim().split('\n');
      expect(warnings.map((warning) => formatProblem(warning).replaceAll(`${caseDir}/`, ''))).toEqual(expected);
      expect(errors).toEqual([]);
      expect(index.articles.size).toBe(1);
    });
  }
});
