import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { FIXTURE_SITE_DIR, buildAndServe } from './site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const site = await buildAndServe(FIXTURE_SITE_DIR);
  project.provide('siteUrl', site.url);
  return site.stop;
}
