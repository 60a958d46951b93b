import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../lib/publishing/content-security-policy';
import { useBrowser } from '../support/use-browser';
import { untilHydrated } from '../support/hydration';

const { siteUrl, newPage } = useBrowser();
const pages = ['/', '/issues', '/issues/2024-12-16', '/issues/2024-12-16/pages/01', '/issues/2024-12-16/full-fields', '/search?q=%E6%B0%91%E7%94%9F', '/issues/2024-12-17'];

describe('security headers from next start', () => {
  for (const pathname of [...pages, '/feed.xml', '/logo.png']) {
    it(`${pathname} forbids framing and sniffing`, async () => {
      const response = await fetch(siteUrl + pathname);
      for (const { key, value } of SECURITY_HEADERS) expect(response.headers.get(key), key).toBe(value);
    });
  }
});

describe('Content-Security-Policy in Chromium', () => {
  for (const pathname of pages) {
    it(`${pathname} allows its own inline scripts by hash, and nothing else inline`, async () => {
      const page = await newPage();
      await page.addInitScript(() => {
        const violations: string[] = [];
        Reflect.set(window, '__violations', violations);
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(pathname);
      await page.waitForLoadState('networkidle');
      const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      await expect(page.evaluate(() => Reflect.get(window, '__violations'))).resolves.toEqual([]);
      // The page works: React hydrated it, which takes every inline script of the page, and the
      // scripts and page data a built page fetches on the reader's first gesture.
      await page.mouse.move(5, 5);
      await untilHydrated(page);

      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = 1';
        document.body.append(script);
      });
      await expect(page.evaluate(() => Reflect.get(window, '__injected'))).resolves.toBeUndefined();
      await expect(page.evaluate(() => Reflect.get(window, '__violations'))).resolves.toEqual(['script-src-elem inline']);
    });
  }
});
