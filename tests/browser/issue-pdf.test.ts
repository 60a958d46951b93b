import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/use-browser';

const { newPage } = useBrowser();
const servers = { 'next start': () => inject('siteUrl'), 'the static export under nginx': () => inject('exportUrl') };

for (const [server, baseUrl] of Object.entries(servers)) {
  describe(`全本PDF, from ${server}`, () => {
    it('is offered on the issue’s contents with its size and page count, and downloads as one PDF of the issue’s pages', async () => {
      const page = await newPage({ baseURL: baseUrl(), acceptDownloads: true });
      await page.goto('/issues/2024-12-16');
      const link = page.getByRole('link', { name: '下载全本PDF' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('民生周刊2024年12月16日.pdf');
      const bytes = readFileSync((await download.path()) ?? expect.unreachable());
      // The fixture issue has one page file: page 1's PDF, an A4 page.
      const document = await PDFDocument.load(bytes);
      expect(document.getPageCount()).toBe(1);
      expect([document.getPage(0).getWidth(), document.getPage(0).getHeight()]).toEqual([595, 842]);
      await expect(link.locator('xpath=..').innerText()).resolves.toContain(`共1页 · ${Math.round(bytes.length / 1024)} KB`);

      const response = await fetch(baseUrl() + ((await link.getAttribute('href')) ?? expect.unreachable()));
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('cache-control')).toMatch(/max-age=(31536000|315360000)/);

      // The latest issue's contents on the home page offer it too; an issue without page files does not.
      await page.goto('/');
      await expect(page.getByRole('link', { name: '下载全本PDF' }).getAttribute('href')).resolves.toBe(await link.getAttribute('href'));
      await page.goto('/issues/2024-12-02');
      await expect(page.getByRole('link', { name: '下载全本PDF' }).count()).resolves.toBe(0);
    });
  });
}
