import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureContent } from '../support/fixture-content';
import { latestArticles, rfc822Date, rssXml } from '../../lib/publishing/feed';
import { SITEMAP_LIMITS, newsSitemapXml, sitemapEntries, sitemapParts, sitemapText, sitemapXml, urlsetXml } from '../../lib/publishing/sitemap';
import { escapeXml } from '../../lib/publishing/xml';

const index = fixtureContent;

beforeEach(() => vi.stubEnv('SITE_URL', 'https://minsheng.example'));
afterEach(() => vi.unstubAllEnvs());

describe('sitemap', () => {
  const entries = sitemapEntries(index);

  it('lists home, archive, sections, every issue, page view and article, and every part of every section listing, with its lastmod', () => {
    const pageViews = index.issues.reduce((sum, issue) => sum + issue.pages.length, 0);
    expect(entries).toHaveLength(3 + index.issues.length + pageViews + index.articles.size + index.sections.size);
    expect(entries.slice(0, 5)).toEqual([
      { path: '/', lastmod: '2024-12-16' },
      { path: '/issues', lastmod: '2024-12-16' },
      { path: '/sections', lastmod: '2024-12-16' },
      { path: '/issues/2024-12-16', lastmod: '2024-12-16' },
      { path: '/issues/2024-12-16/pages/01', lastmod: '2024-12-16' },
    ]);
    expect(entries).toContainEqual({ path: '/issues/2024-12-02/yiliao-gaige', lastmod: '2024-12-02' });
    expect(entries).toContainEqual({ path: '/sections/%E5%9F%8E%E5%B8%82-%E4%B9%A1%E6%9D%91-0860a128', lastmod: '2024-11-25' });
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
  });

  it('lists every part of a long section listing', () => {
    const many = Array.from({ length: 45 }, () => index.sections.get('要闻')?.[0]).filter((article) => article !== undefined);
    const paths = sitemapEntries({ ...index, sections: new Map([['要闻', many]]) }).map((entry) => entry.path);
    expect(paths.filter((path) => path.startsWith('/sections/'))).toEqual(['/sections/%E8%A6%81%E9%97%BB', '/sections/%E8%A6%81%E9%97%BB/2', '/sections/%E8%A6%81%E9%97%BB/3']);
  });

  it('is one urlset while the URLs fit', () => {
    const xml = sitemapXml(sitemapParts(entries));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect(xml).toContain('<url><loc>https://minsheng.example/issues/2024-12-16/full-fields</loc><lastmod>2024-12-16</lastmod></url>');
    expect(xml.match(/<url>/g)).toHaveLength(entries.length);
  });

  it('becomes an index of parts past the limit', () => {
    const parts = sitemapParts(entries.slice(0, 11), { urls: 4, bytes: SITEMAP_LIMITS.bytes });
    expect(parts.map((part) => part.length)).toEqual([4, 4, 3]);
    const xml = sitemapXml(parts);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://minsheng.example/sitemaps/3.xml</loc><lastmod>2024-12-16</lastmod></sitemap>');
    expect(urlsetXml(parts[2])).toContain(entries[10].path);
  });

  it('splits at 50,000 URLs by default', () => {
    const many = Array.from({ length: 50_001 }, (_, n) => ({ path: `/p/${n}`, lastmod: '2024-12-09' }));
    expect(sitemapParts(many).map((part) => part.length)).toEqual([50_000, 1]);
  });

  it('splits where a part would pass the byte limit, every part within it, nothing lost', () => {
    const limits = { urls: 1000, bytes: 1500 };
    const parts = sitemapParts(entries, limits);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(Buffer.byteLength(urlsetXml(part))).toBeLessThanOrEqual(limits.bytes);
      expect(Buffer.byteLength(sitemapText(part))).toBeLessThanOrEqual(limits.bytes);
    }
    // Each part is full: the next URL would not have fitted.
    for (const [n, part] of parts.slice(0, -1).entries()) {
      expect(Buffer.byteLength(urlsetXml([...part, parts[n + 1][0]]))).toBeGreaterThan(limits.bytes);
    }
    expect(parts.flat()).toEqual(entries);
  });

  it('splits at 10 MB by default, counting bytes of Chinese paths as UTF-8', () => {
    const longPath = `/sections/${'民生'.repeat(300)}`;
    const many = Array.from({ length: 8000 }, (_, n) => ({ path: `${longPath}/${n}`, lastmod: '2024-12-09' }));
    const parts = sitemapParts(many);
    expect(parts.length).toBe(2);
    expect(Buffer.byteLength(urlsetXml(parts[0]))).toBeLessThanOrEqual(10 * 1024 * 1024);
    expect(Buffer.byteLength(urlsetXml(parts[0]))).toBeGreaterThan(9.9 * 1024 * 1024);
  });

  it('refuses a URL longer than a whole sitemap may be, naming it', () => {
    expect(() => sitemapParts([{ path: '/a'.repeat(600) }], { urls: 10, bytes: 1000 })).toThrow('/a/a/a');
  });

  it('has a plain-text form: the absolute URLs, one a line', () => {
    expect(sitemapText(entries.slice(0, 2))).toBe(`https://minsheng.example${entries[0].path}\nhttps://minsheng.example${entries[1].path}\n`);
  });

  it('has a Google News sitemap of the latest issue', () => {
    const xml = newsSitemapXml(index.issues[0]);
    expect(xml.match(/<news:news>/g)).toHaveLength(index.issues[0].articleCount);
    expect(xml).toContain(
      '<news:publication><news:name>民生周刊</news:name><news:language>zh-cn</news:language></news:publication>' +
        '<news:publication_date>2024-12-16T00:00:00+08:00</news:publication_date>' +
        '<news:title>老旧小区改造，改出幸福新生活</news:title>',
    );
    expect(xml).toContain('<news:title>标题里的&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;不会执行</news:title>');
  });
});

describe('feed', () => {
  it('lists the newest articles first, with link, date, author and summary', () => {
    const xml = rssXml(index);
    expect(latestArticles(index).map((article) => article.slug)).toEqual([
      ...(index.readingOrder.get('2024-12-16') ?? []),
      // Page 1 of 2024-12-02, then page 2: without an order, in file-name order.
      'shequ-yanglao',
      'tu-wen-shi-tang',
      'lang-du-chang-wen',
      'yiliao-gaige',
      ...(index.readingOrder.get('2024-11-25') ?? []),
    ]);
    expect(xml).toContain('<atom:link href="https://minsheng.example/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain(
      '<item><title>老旧小区改造，改出幸福新生活</title><link>https://minsheng.example/issues/2024-12-16/full-fields</link>' +
        '<guid isPermaLink="true">https://minsheng.example/issues/2024-12-16/full-fields</guid>' +
        '<pubDate>Mon, 16 Dec 2024 00:00:00 +0800</pubDate><dc:creator>罗燕</dc:creator><category>深度聚焦</category>' +
        '<description>老旧小区改造是重大民生工程，也是发展工程。</description></item>',
    );
    expect(xml.indexOf('一周民生快讯')).toBeLessThan(xml.indexOf('让老人在家门口安享晚年'));
  });

  it('dates items in RFC 822 at midnight Beijing time', () => {
    expect(rfc822Date('2024-12-09')).toBe('Mon, 09 Dec 2024 00:00:00 +0800');
    expect(rfc822Date('2025-03-01')).toBe('Sat, 01 Mar 2025 00:00:00 +0800');
  });

  it('escapes text for XML and drops characters XML cannot hold', () => {
    expect(escapeXml('A&B <c> "d" \'e\' \u0001')).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos; ');
  });
});
