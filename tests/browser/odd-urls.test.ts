import { describe, expect, it, inject } from 'vitest';
import { oddPaths, probeOddUrls } from '../support/odd-urls';

describe('odd URLs', () => {
  it('are many: GET and HEAD of each make at least 300 requests', () => {
    expect(oddPaths().length * 2).toBeGreaterThanOrEqual(300);
  });

  it('never get a server error, and never a source file, the package manifest, secrets or build internals', async () => {
    await expect(probeOddUrls(inject('siteUrl'))).resolves.toEqual([]);
  }, 120_000);
});
