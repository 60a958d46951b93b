import type { Page } from 'playwright-core';

/** The page once its service worker is installed, its shell precached, and in control. */
export async function withServiceWorker(opening: Promise<Page>): Promise<Page> {
  const page = await opening;
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}
