import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../../lib/editor/e-paper/article-page';
import { decodeHtml, parseHtml, sourceText } from '../../lib/editor/e-paper/html-text';
import { FetchError, type PageSource, SavedCopy } from '../../lib/editor/e-paper/page-source';
import { IssueReadError, readIssuePages } from '../../lib/editor/e-paper/read-issue-pages';
import { splitPhotoCredit } from '../../lib/editor/e-paper/issue-folder-plan';
import { areaCorners, readLayoutPage } from '../../lib/editor/e-paper/layout-page';
import { platformAddress } from '../../lib/editor/e-paper/platform-address';
import { areaBounds } from '../../lib/content/area';

const LAYOUT = new URL('http://paper.people.com.cn/mszk/pc/layout/202412/16/node_04.html');
const ARTICLE = new URL('http://paper.people.com.cn/mszk/pc/content/202412/16/content_30010.html');

describe('the platform addresses', () => {
  it('tell layout and article pages of both templates, from the web and from a saved copy', () => {
    expect(platformAddress(LAYOUT)).toMatchObject({ kind: 'layout', template: 'pc', paper: 'mszk', date: '2024-12-16', name: 'node_04' });
    expect(platformAddress(new URL('https://paper.people.com.cn/mszk/html/2023-12/18/content_26034010.htm'))).toMatchObject({ kind: 'content', template: 'html', date: '2023-12-18' });
    expect(platformAddress(new URL('file:///home/editor/mirror/paper.people.com.cn/mszk/pc/layout/202412/16/node_01.html'))).toMatchObject({ kind: 'layout', root: 'file:///home/editor/mirror/paper.people.com.cn' });
    for (const other of ['http://paper.people.com.cn/mszk/pc/pic/202412/16/a.jpg.2', 'http://example.com/news/node_01.html', 'http://paper.people.com.cn/mszk/pc/layout/202412/16/content_1.html']) {
      expect(platformAddress(new URL(other)), other).toBeUndefined();
    }
  });
});

describe('image map areas', () => {
  it('read rectangles, polygons of 4 to 8 points, spaces and repeated points', () => {
    expect(areaCorners('polygon', '10,20,110,20,110,80,10,80')).toEqual([[10, 20], [110, 20], [110, 80], [10, 80]]);
    expect(areaCorners('RECT', '110,80,10,20')).toEqual([[10, 20], [110, 20], [110, 80], [10, 80]]);
    // An L-shape with a point repeated and the first point again at the end.
    expect(areaCorners('poly', ' 0 , 0 ,50,0, 50,0 ,50,50,100,50,100,100,0,100,0,0')).toEqual([[0, 0], [50, 0], [50, 50], [100, 50], [100, 100], [0, 100]]);
    expect(areaCorners('polygon', '1,2,x,4')).toEqual([]);
  });

  it('give the box around a polygon, for the clipping of the page', () => {
    expect(areaBounds([[5, 50], [50, 50], [50, 75], [95, 75], [95, 95], [5, 95]])).toEqual([5, 50, 90, 45]);
    expect(areaBounds([4, 46, 44, 50])).toEqual([4, 46, 44, 50]);
  });
});

describe('photo captions', () => {
  it('split the credit from the caption as the e-paper prints it', () => {
    expect(splitPhotoCredit('社区食堂里，老人们在用午餐。 许宁 摄')).toEqual({ caption: '社区食堂里，老人们在用午餐。', credit: '许宁 摄' });
    expect(splitPhotoCredit('街巷一角（《民生周刊》记者 罗燕/摄）')).toEqual({ caption: '街巷一角', credit: '《民生周刊》记者 罗燕/摄' });
    expect(splitPhotoCredit('城市更新后的街巷。新华社发')).toEqual({ caption: '城市更新后的街巷。', credit: '新华社发' });
    expect(splitPhotoCredit('（资料图片）')).toEqual({ caption: '', credit: '资料图片' });
    expect(splitPhotoCredit('居民在议事会上发言。')).toEqual({ caption: '居民在议事会上发言。' });
  });
});

describe('the text of a page', () => {
  it('joins source lines between Chinese characters and keeps other spaces as one', () => {
    expect(sourceText('社区虽小，\n    但连着')).toBe('社区虽小，但连着');
    expect(sourceText('COVID-19\n  疫情 与   Omicron')).toBe('COVID-19 疫情 与 Omicron');
  });

  it('reads an article page with capitals, unquoted attributes, empty headings, <br> lines and bold subheadings', () => {
    const page = readArticlePage(
      parseHtml(
        `<HTML><BODY><DIV class=article><H3></H3><H1>标题<BR>第二行</H1><H2>——副题</H2>
        <P class=sec>本刊记者&nbsp;张三<SPAN class=date>《民生周刊》（2024年12月16日&nbsp;第 04 版）</SPAN></P>
        <DIV id=ozoom><SCRIPT>var x = '不是正文';</SCRIPT><P>&nbsp;&nbsp;第一段，<BR>&nbsp;&nbsp;第二段。</P><P><B>小标题也要长一些，但全是粗体，并且以句号结尾。</B></P><P>　　最后一段。</P></DIV></DIV></BODY></HTML>`,
        ARTICLE,
      ),
    );
    expect(page).toMatchObject({ kicker: undefined, title: '标题第二行', subtitle: '副题', byline: '本刊记者 张三', date: '2024-12-16', page: 4 });
    expect(page.blocks).toEqual([
      { kind: 'paragraph', text: '第一段，' },
      { kind: 'paragraph', text: '第二段。' },
      { kind: 'subheading', text: '小标题也要长一些，但全是粗体，并且以句号结尾。' },
      { kind: 'paragraph', text: '最后一段。' },
    ]);
  });

  it('refuses an article page without a title or text', () => {
    expect(() => readArticlePage(parseHtml('<div class="article"><h1></h1><div id="ozoom"><p>正文。</p></div></div>', ARTICLE))).toThrow('no title (h1)');
    expect(() => readArticlePage(parseHtml('<div class="article"><h1>标题</h1><div id="ozoom"></div></div>', ARTICLE))).toThrow('no text (#ozoom)');
  });

  it('reads a layout page: its label, the pages, the listed articles without the editors’ credit, the map and the PDF', () => {
    const page = readLayoutPage(
      parseHtml(
        `<div class="date-box"><p class="date">2024年12月16日 第24期</p></div>
        <img src="../../../pic/202412/16/x.jpg.2" usemap="#Map2" width="300">
        <MAP NAME="other"></MAP><MAP NAME=Map2><AREA SHAPE=polygon COORDS="1,2,3,4,5,6" HREF=../../../content/202412/16/content_30010.html>
        <area shape="polygon" coords="1,2,3,4,5,6" href="http://elsewhere.example/mszk/pc/content/202412/16/content_9.html"></MAP>
        <p class="left ban">第04版：人物 · 访谈</p><a href="../../../attachement/202412/16/a.PDF">PDF下载</a>
        <div class="swiper-slide"><a href="node_01.html">01版：封面</a></div><div class="swiper-slide"><a href="../../202412/09/node_01.html">上一期</a></div>
        <ul class="news-list"><li><a href="../../../content/202412/16/content_30010.html">人物</a></li><li><a href="../../../content/202412/16/content_30011.html">本版责编：王五</a></li></ul>`,
        LAYOUT,
      ),
    );
    expect(page.page).toBe(4);
    expect(page.section).toBe('人物 · 访谈');
    expect(page.issueNumber).toBe(24);
    expect(page.pages.map((linked) => [linked.address.pathname, linked.page])).toEqual([
      ['/mszk/pc/layout/202412/16/node_04.html', 4],
      ['/mszk/pc/layout/202412/16/node_01.html', 1],
    ]);
    expect(page.articles.map((article) => article.title)).toEqual(['人物']);
    expect(page.areas).toEqual([{ address: ARTICLE, corners: [[1, 2], [3, 4], [5, 6]] }]);
    expect(page.scan).toEqual({ address: new URL('http://paper.people.com.cn/mszk/pc/pic/202412/16/x.jpg.2'), displayedWidth: 300, displayedHeight: undefined });
    expect(page.pdf?.href).toBe('http://paper.people.com.cn/mszk/pc/attachement/202412/16/a.PDF');
  });
});

describe('reading a whole issue', () => {
  const BASE = 'http://paper.people.com.cn/mszk/pc/';
  const scanBytes = () => sharp({ create: { width: 400, height: 600, channels: 3, background: '#eeeeee' } }).jpeg().toBuffer();
  /** The platform as a map of addresses to pages; anything else is not there. */
  const platform = (pages: Record<string, string | Buffer>): PageSource => ({
    localize: (address) => address,
    fetch: async (address) => {
      const page = pages[address.href.slice(BASE.length)];
      if (page === undefined) throw new FetchError('the server answered 404 Not Found');
      return { bytes: Buffer.isBuffer(page) ? page : Buffer.from(page), contentType: 'text/html; charset=utf-8' };
    },
  });
  const layout = (areas: string, size = '') => `<img src="../../../pic/202412/16/p1.jpg.2" usemap="#m" ${size}><map name="m">${areas}</map>
    <p class="ban">第01版：要闻</p><ul class="news-list"><li><a href="../../../content/202412/16/content_1.html">甲</a></li><li><a href="../../../content/202412/16/content_2.html">乙</a></li></ul>`;
  const article = (title: string) => `<div class="article"><h1>${title}</h1><div id="ozoom"><p>　　正文。</p></div></div>`;

  it('names every article it cannot read, with the reason', async () => {
    const reading = readIssuePages(
      new URL(`${BASE}layout/202412/16/node_01.html`),
      platform({ 'layout/202412/16/node_01.html': layout(''), 'pic/202412/16/p1.jpg.2': await scanBytes(), 'content/202412/16/content_1.html': '<div class="article"><h1></h1></div>' }),
    );
    await expect(reading).rejects.toThrow(IssueReadError);
    const error = await reading.catch((caught: unknown) => caught);
    expect(error instanceof IssueReadError && error.failures).toEqual([
      { what: 'an article of 第01版 要闻', address: `${BASE}content/202412/16/content_1.html`, reason: 'no title (h1)' },
      { what: 'an article of 第01版 要闻', address: `${BASE}content/202412/16/content_2.html`, reason: 'the server answered 404 Not Found' },
    ]);
  });

  it('measures areas against the scan as displayed, or against the scan itself when the page gives no size', async () => {
    const areas = '<area shape="rect" coords="40,60,200,300" href="../../../content/202412/16/content_1.html">';
    const pages = { 'pic/202412/16/p1.jpg.2': await scanBytes(), 'content/202412/16/content_1.html': article('甲'), 'content/202412/16/content_2.html': article('乙') };
    const read = async (size: string) => {
      const issue = await readIssuePages(new URL(`${BASE}layout/202412/16/node_01.html`), platform({ ...pages, 'layout/202412/16/node_01.html': layout(areas, size) }));
      return issue.articles.map((entry) => entry.area);
    };
    // Shown at 200 × 300: the rectangle is the lower right quarter and more.
    expect(await read('width="200" height="300"')).toEqual([[[20, 20], [100, 20], [100, 100], [20, 100]], undefined]);
    // Only the width given: the height follows the scan's shape (200 × 300).
    expect(await read('width=200')).toEqual([[[20, 20], [100, 20], [100, 100], [20, 100]], undefined]);
    // No size: the scan's own 400 × 600 pixels.
    expect(await read('')).toEqual([[[10, 10], [50, 10], [50, 50], [10, 50]], undefined]);
  });

  it('decodes pages in the charset they declare', () => {
    // 民生 in GBK.
    const bytes = Buffer.concat([Buffer.from('<meta charset="gb2312"><h1>'), Buffer.from([0xc3, 0xf1, 0xc9, 0xfa]), Buffer.from('</h1>')]);
    expect(decodeHtml(bytes)).toContain('<h1>民生</h1>');
    expect(decodeHtml(Buffer.from('<h1>民生</h1>'), 'text/html; charset=UTF-8')).toContain('<h1>民生</h1>');
  });
});

describe('a saved copy of the site', () => {
  it('reads the platform’s absolute links from the copy (as wget --convert-links leaves them)', () => {
    const copy = new SavedCopy('/srv/mirror/paper.people.com.cn');
    const page = readLayoutPage(
      parseHtml(
        `<img src="http://paper.people.com.cn/mszk/pc/pic/202412/16/x.jpg.2" usemap="#m"><map name="m"><area shape="rect" coords="0,0,10,10" href="http://paper.people.com.cn/mszk/pc/content/202412/16/content_7.html"></map>
        <p class="ban">第02版：要闻</p><div class="swiper-slide"><a href="http://paper.people.com.cn/mszk/pc/layout/202412/16/node_01.html">01版：封面</a></div>
        <ul class="news-list"><li><a href="http://paper.people.com.cn/mszk/pc/content/202412/16/content_7.html">一篇</a></li></ul>`,
        new URL('file:///srv/mirror/paper.people.com.cn/mszk/pc/layout/202412/16/node_02.html'),
      ),
      (address) => copy.localize(address),
    );
    expect(page.pages.map((linked) => linked.address.href)).toContain('file:///srv/mirror/paper.people.com.cn/mszk/pc/layout/202412/16/node_01.html');
    expect(page.articles.map((article) => article.address.href)).toEqual(['file:///srv/mirror/paper.people.com.cn/mszk/pc/content/202412/16/content_7.html']);
    expect(page.areas.map((area) => area.address.href)).toEqual(['file:///srv/mirror/paper.people.com.cn/mszk/pc/content/202412/16/content_7.html']);
    expect(page.scan?.address.href).toBe('file:///srv/mirror/paper.people.com.cn/mszk/pc/pic/202412/16/x.jpg.2');
  });
});
