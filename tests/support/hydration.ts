import type { Page } from 'playwright-core';

/** Whether React has hydrated the page: its `main` carries React's fiber. */
export function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));
}

/** Waits, without touching the page, until React has hydrated it. */
export async function untilHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));
}

/**
 * Waits until React has hydrated the page and has run the effects that follow, so client
 * components respond to clicks and keys. A built page fetches its scripts on the reader's first
 * gesture (lib/publishing/deferred-scripts.ts): the pointer moving over it is one.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
  await untilHydrated(page);
  await nextFrame(page);
}

/** Resolves once the page has painted a frame and run the tasks queued before it. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
