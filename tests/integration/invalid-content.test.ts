import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/support/next-site';

const distDir = '.next-test-invalid';
const contentDir = path.join('tests', 'fixtures', 'content-errors', 'problems-in-several-issues', 'content');

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('next build with invalid content', () => {
  it('fails, listing every problem with file, line and field, and publishes no page', async () => {
    const { code, output } = await buildSite(contentDir, distDir);
    expect(code).not.toBe(0);
    expect(output).toContain('Content has 2 problems:');
    expect(output).toContain(`${contentDir}/2024-12-16/b.md:5: byline: must be text`);
    expect(output).toContain(`${contentDir}/2024-12-09/a.md: page: is required`);
    expect(existsSync(path.join(distDir, 'server', 'app', 'issues', '2024-12-16.html'))).toBe(false);
    expect(existsSync(path.join(distDir, 'server', 'app', 'index.html'))).toBe(false);
  }, 180_000);
});
