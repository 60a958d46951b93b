import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_ROUTE_PLACEHOLDER } from '../../lib/publishing/routes';
import { type RunningSite, buildAndServe, buildSite } from '../../scripts/support/next-site';
import { type RunningNginx, serveWithNginx } from '../../scripts/support/nginx';

/** A new site before its first issue: the content folder exists and is empty. */
const contentDir = mkdtempSync(path.join(tmpdir(), 'empty-content-'));
const exportDir = '.next-test-empty-export';
let site: RunningSite;
let nginx: RunningNginx;

beforeAll(async () => {
  site = await buildAndServe(contentDir, '.next-test-empty');
  const exported = await buildSite(contentDir, '.next-test-empty-export-build', { EXPORT_DIR: exportDir }, 'export');
  if (exported.code !== 0) throw new Error(`static export failed:\n${exported.output}`);
  nginx = await serveWithNginx(exportDir);
}, 400_000);

afterAll(async () => {
  await site?.stop();
  await nginx?.stop();
  for (const dir of [contentDir, exportDir, '.next-test-empty']) rmSync(dir, { recursive: true, force: true });
});

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('a site with no issues yet', () => {
  for (const server of ['next start', 'nginx serving the static export'] as const) {
    it(`says 暂无期刊 and serves every site-wide page (${server})`, async () => {
      const url = server === 'next start' ? site.url : nginx.url;
      const home = await fetch(`${url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('暂无期刊');
      for (const pathname of ['/issues', '/sections', '/search', '/feed.xml', '/robots.txt', '/search-index/manifest.json']) {
        expect((await fetch(url + pathname)).status, pathname).toBe(200);
      }
      const sitemap = await (await fetch(`${url}/sitemap.xml`)).text();
      expect(sitemap.match(/<loc>/g)).toHaveLength(1);
      expect((await fetch(`${url}/issues/2024-12-09`)).status).toBe(404);
      expect((await fetch(`${url}/issues/${EMPTY_ROUTE_PLACEHOLDER}`)).status).toBe(404);
    });
  }

  it('leaves no placeholder page in the export', () => {
    expect(existsSync(path.join(exportDir, 'index.html'))).toBe(true);
    expect(allFiles(exportDir).filter((file) => file.includes(EMPTY_ROUTE_PLACEHOLDER))).toEqual([]);
  });
});
