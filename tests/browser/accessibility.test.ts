import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();

const pages = {
  home: '/',
  archive: '/issues',
  'issue contents': '/issues/2024-12-16',
  article: '/issues/2024-12-16/full-fields',
  'not found': '/issues/2024-12-17',
};

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      it(`${name} at ${viewport.width} px has no violations`, async () => {
        const page = await newPage({ viewport });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`);
        expect(violations).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  }
});
