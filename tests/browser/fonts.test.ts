import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/use-browser';
import { PAGE_TYPES } from '../support/page-types';

const { newPage } = useBrowser();

// The faces the style sheet's serif and sans stacks reach on a machine with Debian's fonts-noto-cjk.
const PAGE_FACES = ['Noto Sans CJK SC', 'Noto Serif CJK SC'];

const TEXT_NODE = 3;

/**
 * The platform fonts Chromium drew the page's text with, generated content included, as its DevTools
 * report them. A page whose scripts still change it (我的收藏 renders from the browser's storage) can
 * drop a node during the walk: the walk then starts again on the new document.
 */
async function fontsDrawn(page: Page): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await walkFonts(page);
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Could not find node')) throw error;
    }
  }
}

async function walkFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  type DomNode = typeof root;
  const families = new Set<string>();
  const visit = async (node: DomNode): Promise<void> => {
    if (node.nodeType === TEXT_NODE || node.nodeName.startsWith('::')) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
      for (const font of fonts) families.add(font.familyName);
    }
    for (const child of [...(node.children ?? []), ...(node.pseudoElements ?? [])]) await visit(child);
  };
  try {
    await visit(root);
  } finally {
    await cdp.detach();
  }
  return [...families].sort();
}

describe('the fonts a page is drawn with', () => {
  // A character missing from these faces sends every page's first layout to a fallback font, which
  // costs a font lookup and a font file to load before the first paint (BENCHMARKS.md).
  it.each(Object.entries(PAGE_TYPES))('the %s page is drawn with the CJK faces alone, its menu closed and open', async (_name, pathname) => {
    const page = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(pathname, { waitUntil: 'networkidle' });
    const closed = await fontsDrawn(page);
    expect(closed).toContain('Noto Sans CJK SC');
    expect(closed.filter((family) => !PAGE_FACES.includes(family))).toEqual([]);
    await page.locator('summary', { hasText: '菜单' }).tap();
    const open = await fontsDrawn(page);
    expect(open.filter((family) => !PAGE_FACES.includes(family))).toEqual([]);
  });
});
