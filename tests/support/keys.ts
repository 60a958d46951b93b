import type { Locator, Page } from 'playwright-core';

/**
 * Presses `key` and says whether the page's own keyboard handlers acted on it (they call
 * preventDefault when they do). A listener added now runs after the page's, so it sees their verdict
 * as soon as the key is handled: no waiting for something not to happen.
 */
export async function pressIsHandled(page: Page, key: string, target?: Locator): Promise<boolean> {
  await page.evaluate(() => {
    Reflect.set(window, '__keyHandled', undefined);
    window.addEventListener('keydown', (event) => Reflect.set(window, '__keyHandled', event.defaultPrevented), { once: true });
  });
  if (target) await target.press(key);
  else await page.keyboard.press(key);
  await page.waitForFunction(() => Reflect.get(window, '__keyHandled') !== undefined);
  return page.evaluate(() => Reflect.get(window, '__keyHandled') === true);
}
