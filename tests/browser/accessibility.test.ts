import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/use-browser';
import { PAGE_TYPES } from '../support/page-types';

const { newPage } = useBrowser();

// The search page with results.
const pages = { ...PAGE_TYPES, search: '/search?q=%E6%B0%91%E7%94%9F' };

const settings: { viewport: { width: number; height: number }; colorScheme: 'light' | 'dark' }[] = [
  { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { viewport: { width: 360, height: 740 }, colorScheme: 'dark' },
];

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const { viewport, colorScheme } of settings) {
      it(`${name} at ${viewport.width} px in the ${colorScheme} theme has no violations`, async () => {
        const page = await newPage({ viewport, colorScheme });
        await page.goto(path);
        await page.waitForFunction(() => !/正在/.test(document.querySelector('main')?.textContent ?? ''));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`);
        expect(violations).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  }
});
