import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { latestArticles } from '../../lib/publishing/feed';
import { coverHref } from '../../lib/publishing/routes';
import { SITE_VERIFICATION_TAGS } from '../../lib/publishing/search-engines';
import { sitemapEntries } from '../../lib/publishing/sitemap';
import { BROWSER_TEST_BUILD, BROWSER_TEST_EXPORT, FIXTURE_SCHEDULED_ISSUE, fixtureArticle, fixtureContent } from '../support/fixture-content';
import { FIXTURE_INDEXNOW_KEY, FIXTURE_VERIFICATION_CODES } from '../support/search-engine-settings';
import { useBrowser } from '../support/use-browser';

const { siteUrl, newPage } = useBrowser();
const exportUrl = inject('exportUrl');

const pages = ['/', '/issues', '/issues/2024-12-16', '/issues/2024-12-16/full-fields', '/issues/2024-12-02/shequ-yanglao'];

type JsonLdGraph = { '@context': string; '@graph': Record<string, unknown>[] };

async function jsonLdOf(pathname: string): Promise<JsonLdGraph[]> {
  const page = await newPage();
  await page.goto(pathname);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

/** Parses XML with the browser's own parser; returns the parser's complaint, or the document's root name. */
async function parseXml(xml: string): Promise<string> {
  const page = await newPage();
  return page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const error = document.querySelector('parsererror');
    return error ? `parse error: ${error.textContent}` : document.documentElement.nodeName;
  }, xml);
}

describe('page metadata', () => {
  for (const pathname of pages) {
    it(`${pathname} has an absolute canonical URL to itself, a description and a feed link`, async () => {
      const page = await newPage();
      await page.goto(pathname);
      // Absolute, and the page's own URL (`http://host` and `http://host/` are the same URL).
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      expect(canonical).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      expect(new URL(canonical).href).toBe(new URL(pathname, siteUrl).href);
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(/\S{5}/);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).resolves.toBe(
        `${siteUrl}/feed.xml`,
      );
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      await expect(page.locator('h1').count()).resolves.toBe(1);
    });
  }

  it('an article has its title, OpenGraph article data and a Twitter card', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/full-fields');
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
    await expect(page.title()).resolves.toBe('老旧小区改造，改出幸福新生活 - 民生周刊');
    await expect(meta('og:type')).resolves.toBe('article');
    await expect(meta('og:title')).resolves.toBe('老旧小区改造，改出幸福新生活');
    await expect(meta('og:url')).resolves.toBe(`${siteUrl}/issues/2024-12-16/full-fields`);
    await expect(meta('article:published_time')).resolves.toBe('2024-12-16T00:00:00+08:00');
    await expect(meta('article:section')).resolves.toBe('深度聚焦');
    await expect(meta('article:author')).resolves.toBe('罗燕');
    await expect(meta('twitter:card')).resolves.toBe('summary');
    // No area on a scan: the issue's cover is its picture.
    const cover = fixtureContent.issues[0].coverImage;
    if (!cover) throw new Error('the fixture cover is missing');
    await expect(meta('og:image')).resolves.toBe(`${siteUrl}${coverHref('2024-12-16', cover, 480)}`);
    await page.goto('/issues/2024-12-02/yiliao-gaige');
    // Neither area nor cover: the publisher's logo.
    await expect(meta('og:image')).resolves.toBe(`${siteUrl}/logo.png`);
    expect((await fetch(`${siteUrl}/logo.png`)).status).toBe(200);
  });

  it('the article page has semantic landmarks', async () => {
    const page = await newPage();
    await page.goto('/issues/2024-12-16/full-fields');
    await expect(page.locator('article > header h1').count()).resolves.toBe(1);
    await expect(page.locator('article time[datetime="2024-12-16"]').count()).resolves.toBe(1);
    const navigations = await page.locator('nav').evaluateAll((navs) => navs.map((nav) => nav.getAttribute('aria-label')));
    expect(navigations).toEqual(['网站导航', '本文目录', '上一篇和下一篇']);
  });
});

describe('structured data on the served pages', () => {
  it('an article carries a NewsArticle whose fields match the content', async () => {
    const article = fixtureArticle('2024-12-16', 'full-fields');
    const [data] = await jsonLdOf('/issues/2024-12-16/full-fields');
    const news = data['@graph'].find((node) => node['@type'] === 'NewsArticle');
    expect(news).toMatchObject({
      headline: article.title,
      alternativeHeadline: article.kicker,
      datePublished: '2024-12-16T00:00:00+08:00',
      author: [{ '@type': 'Person', name: '罗燕' }],
      articleSection: article.section,
      pageStart: article.page,
      mainEntityOfPage: { '@id': `${siteUrl}/issues/2024-12-16/full-fields` },
      isPartOf: { '@type': 'PublicationIssue', issueNumber: '24' },
    });
  });

  it('an issue carries a PublicationIssue and a BreadcrumbList', async () => {
    const [data] = await jsonLdOf('/issues/2024-12-16');
    expect(data['@graph'].map((node) => node['@type'])).toEqual(['PublicationIssue', 'BreadcrumbList']);
  });

  it('a </script> in a title stays inside the JSON-LD', async () => {
    const [data] = await jsonLdOf('/issues/2024-12-16/xss-attempt');
    const news = data['@graph'].find((node) => node['@type'] === 'NewsArticle');
    expect(news?.headline).toBe(fixtureArticle('2024-12-16', 'xss-attempt').title);
    expect(news?.alternativeHeadline).toBe('副题 </script><script>window.__injected = 1</script>');
  });
});

describe('sitemaps, robots.txt and the feed', () => {
  it('the sitemap is well-formed and every URL in it answers 200', async () => {
    const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    await expect(parseXml(xml)).resolves.toBe('urlset');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls.map((url) => url.slice(siteUrl.length))).toEqual(sitemapEntries(fixtureContent).map((entry) => entry.path));
    for (const url of urls) {
      expect(url.startsWith(`${siteUrl}/`), url).toBe(true);
      expect((await fetch(url)).status, url).toBe(200);
    }
  });

  it('the news sitemap is well-formed and lists the latest issue', async () => {
    const response = await fetch(`${siteUrl}/news-sitemap.xml`);
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = await response.text();
    await expect(parseXml(xml)).resolves.toBe('urlset');
    expect(xml.match(/<news:news>/g)).toHaveLength(fixtureContent.issues[0].articleCount);
  });

  it('robots.txt names both sitemaps', async () => {
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${siteUrl}/news-sitemap.xml`);
  });

  it('the feed is well-formed RSS and lists the newest article first', async () => {
    const response = await fetch(`${siteUrl}/feed.xml`);
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const xml = await response.text();
    await expect(parseXml(xml)).resolves.toBe('rss');
    const [newest] = latestArticles(fixtureContent);
    const firstItem = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));
    expect(firstItem).toContain(`<title>${newest.title}</title>`);
    expect(firstItem).toContain(`<link>${siteUrl}/issues/${newest.date}/${newest.slug}</link>`);
  });
});

describe('Baidu, 360, Sogou, Bing and Google', () => {
  /** Every kind of page, the 404 and the offline page among them. */
  const everyKind = ['/', '/issues', '/sections', '/search', '/offline', '/issues/2024-12-16', '/issues/2024-12-16/pages/01', '/issues/2024-12-16/full-fields', '/sections/%E8%A6%81%E9%97%BB', '/no-such-page'];
  const metaContent = (html: string, name: string) =>
    [...html.matchAll(/<meta ([^>]*)>/g)].map(([, attributes]) => attributes).filter((attributes) => attributes.includes(`name="${name}"`)).map((attributes) => /content="([^"]*)"/.exec(attributes)?.[1]);

  it('the home page carries each verification code set at build time, under each engine\'s name', async () => {
    const html = await (await fetch(siteUrl)).text();
    for (const { variable, name } of SITE_VERIFICATION_TAGS) expect(metaContent(html, name), name).toEqual([FIXTURE_VERIFICATION_CODES[variable]]);
  });

  it('no other page carries them', async () => {
    for (const pathname of everyKind.slice(1)) {
      const html = await (await fetch(siteUrl + pathname)).text();
      for (const { name } of SITE_VERIFICATION_TAGS) expect(metaContent(html, name), `${pathname} ${name}`).toEqual([]);
    }
  });

  it('every page says it serves phones and computers and keeps phone numbers as text, once', async () => {
    for (const pathname of everyKind) {
      const html = await (await fetch(siteUrl + pathname)).text();
      expect(metaContent(html, 'applicable-device'), pathname).toEqual(['pc,mobile']);
      expect(metaContent(html, 'format-detection'), pathname).toEqual(['telephone=no']);
    }
  });

  it('every page tells Baidu and proxies not to transcode it, in the page itself, from next start and from the export', async () => {
    for (const base of [siteUrl, exportUrl]) {
      for (const pathname of [...everyKind, '/issues/2024-12-17']) {
        const html = await (await fetch(base + pathname)).text();
        const directives = [...html.matchAll(/<meta http-equiv="Cache-Control" content="([^"]*)"\/?>/g)].map((match) => match[1]);
        expect(directives, base + pathname).toEqual(['no-transform', 'no-siteapp']);
      }
    }
    // nginx says it in the header too (its compression does not heed the directive), and has browsers check pages every visit.
    for (const pathname of ['/', '/issues/2024-12-16/full-fields', '/serwist/sw.js']) {
      expect((await fetch(exportUrl + pathname)).headers.get('cache-control'), pathname).toBe('no-cache, no-transform, no-siteapp');
    }
  });

  it('next start and nginx send pages, feeds and sitemaps compressed', async () => {
    for (const base of [siteUrl, exportUrl]) {
      for (const pathname of ['/', '/issues/2024-12-16/full-fields', '/issues/2024-12-16/pages/01', '/sitemap.xml', '/feed.xml']) {
        const response = await fetch(base + pathname, { headers: { 'Accept-Encoding': 'gzip' } });
        expect(response.status, base + pathname).toBe(200);
        expect(response.headers.get('content-encoding'), base + pathname).toBe('gzip');
      }
    }
  });

  it('errors and the service worker script are not kept in caches for long; pages and assets are', async () => {
    /** The longest any cache may keep the answer, in seconds, from max-age and s-maxage. */
    const longestKept = (cacheControl: string | null) => Math.max(0, ...[...(cacheControl ?? '').matchAll(/(?:^|[\s,])(?:s-maxage|max-age)=(\d+)/g)].map((match) => Number(match[1])));
    for (const [pathname, status] of [['/issues/2024-12-17', 404], ['/no/such/page', 404], ['/issues/%E0%A4%A', 400]] as const) {
      const response = await fetch(siteUrl + pathname);
      expect(response.status, pathname).toBe(status);
      expect(longestKept(response.headers.get('cache-control')), pathname).toBe(0);
    }
    const worker = await fetch(`${siteUrl}/serwist/sw.js`);
    expect(worker.status).toBe(200);
    expect(longestKept(worker.headers.get('cache-control'))).toBe(0);
    expect(longestKept((await fetch(`${siteUrl}/issues/2024-12-16/full-fields`)).headers.get('cache-control'))).toBe(31_536_000);
    // A script of the build and the page's data, named in the page's loader, from both servers.
    for (const base of [siteUrl, exportUrl]) {
      const html = await (await fetch(`${base}/issues/2024-12-16/full-fields`)).text();
      const script = /"(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)?.[1] ?? expect.unreachable();
      const data = /"(\/_next\/static\/flight\/[^"]+\.js)"/.exec(html)?.[1] ?? expect.unreachable();
      for (const pathname of [script, data]) {
        const response = await fetch(base + pathname);
        expect(response.status, base + pathname).toBe(200);
        expect(longestKept(response.headers.get('cache-control')), base + pathname).toBeGreaterThanOrEqual(31_536_000);
      }
    }
    expect((await fetch(`${exportUrl}/_next/static/chunks/no-such-file.js`)).status).toBe(404);
  });

  it('the IndexNow key file answers at /<key>.txt with the key alone, from next start and from the export', async () => {
    for (const base of [siteUrl, exportUrl]) {
      const response = await fetch(`${base}/${FIXTURE_INDEXNOW_KEY}.txt`);
      expect(response.status, base).toBe(200);
      expect(response.headers.get('content-type'), base).toContain('text/plain');
      await expect(response.text()).resolves.toBe(FIXTURE_INDEXNOW_KEY);
      expect((await fetch(`${base}/not-the-key.txt`)).status, base).toBe(404);
    }
  });

  it('/sitemap.txt lists the same URLs as /sitemap.xml, one a line, from next start and from the export', async () => {
    for (const base of [siteUrl, exportUrl]) {
      const xml = await (await fetch(`${base}/sitemap.xml`)).text();
      const response = await fetch(`${base}/sitemap.txt`);
      expect(response.headers.get('content-type'), base).toContain('text/plain');
      const lines = (await response.text()).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toEqual([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
      expect(lines.length).toBe(sitemapEntries(fixtureContent).length);
    }
  });

  it('the build and the export record the URLs they published for npm run submit, and the export does not serve the record', async () => {
    for (const [base, folder] of [[siteUrl, BROWSER_TEST_BUILD], [exportUrl, BROWSER_TEST_EXPORT]]) {
      const served = (await (await fetch(`${base}/sitemap.txt`)).text()).split('\n').filter(Boolean);
      const manifest = JSON.parse(readFileSync(path.join(folder, '.push-manifest.json'), 'utf8'));
      const pushed: string[] = manifest.entries.map((entry: { url: string }) => entry.url);
      expect(pushed.length, folder).toBe(served.length);
      expect(new Set(pushed), folder).toEqual(new Set(served));
      expect(pushed[0], folder).toBe(`${new URL(served[0]).origin}/`);
      expect(pushed[1], folder).toMatch(/\/issues\/2024-12-16$/);
      expect(pushed.filter((url) => url.includes(FIXTURE_SCHEDULED_ISSUE)), folder).toEqual([]);
    }
    expect((await fetch(`${exportUrl}/.push-manifest.json`)).status).toBe(404);
  });
});
