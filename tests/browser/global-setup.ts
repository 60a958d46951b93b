import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/support/chromium';
import { BROWSER_TEST_BUILD, BROWSER_TEST_EXPORT as EXPORT_DIR, FIXTURE_PUBLISH_UNTIL, FIXTURE_SITE_DIR } from '../support/fixture-content';
import { FIXTURE_SEARCH_ENGINE_ENV } from '../support/search-engine-settings';
import { buildAndServe, buildSite } from '../../scripts/support/next-site';
import { serveWithNginx } from '../../scripts/support/nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The same site as `npm run export` writes it, served by nginx with deploy/nginx-static-export.conf. */
    exportUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  // Built with the search engines' verification codes and IndexNow key set (static-export.test.ts builds without).
  const site = await buildAndServe(FIXTURE_SITE_DIR, BROWSER_TEST_BUILD, { PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL, ...FIXTURE_SEARCH_ENGINE_ENV });
  const exported = await buildSite(
    FIXTURE_SITE_DIR,
    '.next-test-browser-export-build',
    { EXPORT_DIR, PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL, ...FIXTURE_SEARCH_ENGINE_ENV },
    'export',
  );
  if (exported.code !== 0) throw new Error(`static export failed:\n${exported.output}`);
  const nginx = await serveWithNginx(EXPORT_DIR);
  project.provide('siteUrl', site.url);
  project.provide('exportUrl', nginx.url);
  return async () => {
    await Promise.all([site.stop(), nginx.stop()]);
    rmSync(EXPORT_DIR, { recursive: true, force: true });
  };
}
