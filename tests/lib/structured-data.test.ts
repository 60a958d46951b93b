import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureContent } from '../support/fixture-content';
import { articleKey } from '../../lib/content/model';
import { type JsonLd, articleJsonLd, issueJsonLd, serializeJsonLd } from '../../lib/publishing/structured-data';

const index = fixtureContent;
const issue = (date: string) => index.issues.find((candidate) => candidate.date === date) ?? expect.unreachable();
const article = (date: string, slug: string) => index.articles.get(articleKey(date, slug)) ?? expect.unreachable();

/** The nodes of a JSON-LD graph, as a search engine reads them from the page. */
const graphOf = (data: JsonLd): Record<string, unknown>[] => JSON.parse(serializeJsonLd(data))['@graph'];

beforeEach(() => vi.stubEnv('SITE_URL', 'https://minsheng.example/'));
afterEach(() => vi.unstubAllEnvs());

describe('JSON-LD', () => {
  it('describes an article as a NewsArticle in a PublicationIssue of the Periodical', () => {
    const data = JSON.parse(serializeJsonLd(articleJsonLd(article('2024-12-16', 'full-fields'), issue('2024-12-16'))));
    const [news, breadcrumbs] = data['@graph'];
    expect(data['@context']).toBe('https://schema.org');
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: '老旧小区改造，改出幸福新生活',
      alternativeHeadline: '城市更新行动观察',
      description: '老旧小区改造是重大民生工程，也是发展工程。',
      datePublished: '2024-12-16T00:00:00+08:00',
      author: [{ '@type': 'Person', name: '罗燕' }],
      publisher: {
        '@type': 'Organization',
        name: '民生周刊',
        logo: { '@type': 'ImageObject', url: 'https://minsheng.example/logo.png', width: 512, height: 512 },
      },
      articleSection: '深度聚焦',
      pageStart: 3,
      inLanguage: 'zh-CN',
      url: 'https://minsheng.example/issues/2024-12-16/full-fields',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://minsheng.example/issues/2024-12-16/full-fields' },
      isPartOf: {
        '@type': 'PublicationIssue',
        datePublished: '2024-12-16',
        issueNumber: '24',
        isPartOf: { '@type': 'Periodical', name: '民生周刊' },
      },
    });
    expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      '民生周刊',
      '往期回顾',
      '2024年12月16日 星期一',
      '老旧小区改造，改出幸福新生活',
    ]);
  });

  it('takes authors from the byline when the article names none, and the subtitle when there is no kicker', () => {
    const withByline = { ...article('2024-12-02', 'shequ-yanglao'), authors: [] };
    const [news] = graphOf(articleJsonLd(withByline, issue('2024-12-02')));
    expect(news.author).toEqual([
      { '@type': 'Person', name: '张三' },
      { '@type': 'Person', name: '李四' },
    ]);
    const [anonymous] = graphOf(articleJsonLd(article('2024-12-02', 'yiliao-gaige'), issue('2024-12-02')));
    expect(anonymous.author).toMatchObject({ '@type': 'Organization', name: '民生周刊' });
    const [subtitled] = graphOf(articleJsonLd(article('2024-12-16', 'xss-attempt'), issue('2024-12-16')));
    expect(subtitled.alternativeHeadline).toBe('副题 </script><script>window.__injected = 1</script>');
  });

  it('describes an issue with its breadcrumbs', () => {
    const [publicationIssue, breadcrumbs] = graphOf(issueJsonLd(issue('2024-12-16')));
    expect(publicationIssue).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '24', url: 'https://minsheng.example/issues/2024-12-16' });
    expect(breadcrumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, item: 'https://minsheng.example/' },
        { position: 2, item: 'https://minsheng.example/issues' },
        { position: 3, item: 'https://minsheng.example/issues/2024-12-16' },
      ],
    });
  });

  it('never lets text end the script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});
