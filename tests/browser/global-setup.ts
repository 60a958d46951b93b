import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/support/chromium';
import { FIXTURE_PUBLISH_UNTIL, FIXTURE_SITE_DIR } from '../support/fixture-content';
import { buildAndServe } from '../../scripts/support/next-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const site = await buildAndServe(FIXTURE_SITE_DIR, '.next-test', { PUBLISH_UNTIL: FIXTURE_PUBLISH_UNTIL });
  project.provide('siteUrl', site.url);
  return site.stop;
}
