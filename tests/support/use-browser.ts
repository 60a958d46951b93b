import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';

/** One Chromium per test file and a fresh context per page, closed after each test. */
export function useBrowser() {
  const siteUrl = inject('siteUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    siteUrl,
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      // The service worker only where a test asks for it (offline.test.ts), so no test reads another's cache.
      const context = await browser.newContext({ baseURL: siteUrl, locale: 'zh-CN', serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
