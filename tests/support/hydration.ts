import type { Page } from 'playwright-core';

/**
 * Waits until React has hydrated the page (its nodes carry React's fiber) and has run the effects
 * that follow, so client components respond to clicks and keys. A built page fetches its scripts on
 * the reader's first gesture (lib/publishing/deferred-scripts.ts): the pointer moving over it is one.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
  });
  await nextFrame(page);
}

/** Resolves once the page has painted a frame and run the tasks queued before it. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
