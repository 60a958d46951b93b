import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../lib/content/load-content';
import { articleKey } from '../../lib/content/model';
import {
  type Reference,
  articleCitations,
  citationMetaTags,
  formatApa7,
  formatBibtex,
  formatGbt7714,
} from '../../lib/publishing/citation';
import { fixtureContent } from '../support/fixture-content';

const FIXTURES = path.join('tests', 'fixtures', 'citations');
const FORMATS = [
  ['gbt7714.txt', formatGbt7714],
  ['apa.txt', formatApa7],
  ['bibtex.bib', (reference: Reference) => formatBibtex(reference, 'key')],
] as const;

describe('reference formats, against the examples of GB/T 7714-2015 and APA 7 (tests/fixtures/citations)', () => {
  for (const name of readdirSync(FIXTURES)) {
    const dir = path.join(FIXTURES, name);
    const reference: Reference = JSON.parse(readFileSync(path.join(dir, 'reference.json'), 'utf8'));
    const expected = FORMATS.filter(([file]) => readdirSync(dir).includes(file));
    it(`${name}: ${expected.map(([file]) => file).join(', ')}`, () => {
      expect(expected.length).toBeGreaterThan(0);
      for (const [file, format] of expected) {
        expect(format(reference), file).toBe(readFileSync(path.join(dir, file), 'utf8').trimEnd());
      }
    });
  }
});

beforeEach(() => vi.stubEnv('SITE_URL', 'https://minsheng.example'));
afterEach(() => vi.unstubAllEnvs());

describe('an article cited', () => {
  const seedIndex = loadContent(path.resolve('content'));
  const seed = [...seedIndex.articles.values()][0];
  const seedIssue = seedIndex.issues[0];

  it('gives the seed in GB/T 7714 as a periodical article: author, title[J], 民生周刊, date and page', () => {
    const citations = articleCitations(seed, seedIssue);
    expect(citations.gbt7714).toBe('罗燕. 党建引领，筑牢社会治理共同体[J]. 民生周刊, 2024-12-09: 5.');
    expect(citations.apa).toBe(
      `罗燕. (2024, December 9). 党建引领，筑牢社会治理共同体. 民生周刊, 5. https://minsheng.example/issues/2024-12-09/${seed.slug}`,
    );
    expect(citations.bibtex).toContain(`@article{minsheng-2024-12-09-${seed.slug},\n  author = {{罗燕}},`);
  });

  it('uses the 期号 when the issue has one', () => {
    const issue = fixtureContent.issues.find(({ date }) => date === '2024-12-16') ?? expect.unreachable();
    const article = fixtureContent.articles.get(articleKey('2024-12-16', 'full-fields')) ?? expect.unreachable();
    expect(issue.number).toBe(24);
    expect(articleCitations(article, issue).gbt7714).toMatch(/\[J\]\. 民生周刊, 2024\(24\): \d+\.$/);
    expect(citationMetaTags(article, issue)).toMatchObject({ citation_issue: '24' });
  });

  it('carries the Highwire tags Zotero and Google Scholar read', () => {
    expect(citationMetaTags(seed, seedIssue)).toEqual({
      citation_title: '党建引领，筑牢社会治理共同体',
      citation_author: ['罗燕'],
      citation_publication_date: '2024/12/09',
      citation_journal_title: '民生周刊',
      citation_publisher: '人民日报社',
      citation_firstpage: '5',
      citation_language: 'zh',
      citation_fulltext_html_url: `https://minsheng.example/issues/2024-12-09/${seed.slug}`,
    });
  });
});
