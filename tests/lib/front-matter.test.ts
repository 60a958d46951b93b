import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content/load-content';

const casesDir = path.join('tests', 'fixtures', 'front-matter');

describe('front matter is read as typed (YAML 1.2)', () => {
  for (const name of readdirSync(casesDir).sort()) {
    it(name, () => {
      const caseDir = path.join(casesDir, name);
      const expected: Record<string, Record<string, unknown>> = JSON.parse(readFileSync(path.join(caseDir, 'expected.json'), 'utf8'));
      const index = loadContent(path.join(caseDir, 'content'));
      for (const [slug, fields] of Object.entries(expected)) {
        expect(index.articles.get(`2024-12-09/${slug}`)).toMatchObject(fields);
      }
    });
  }
});
