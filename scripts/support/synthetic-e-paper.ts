import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { renderPhoto } from './synthetic-photo';

/**
 * A whole issue as the e-paper platform serves it (`<root>/mszk/pc/…`): layout pages with their
 * image maps, article pages, page scans (`….jpg.2`), page PDFs and photos, at the sizes of a real
 * issue, for measuring the importer.
 */
export type SyntheticIssue = { pages: number; articlesPerPage: number; photosPerArticle: number };

const SENTENCES = ['社区虽小，但连着千家万户。', '加装电梯，难在协商。', '食堂开到了家门口，老人吃饭不再犯愁。', '据统计，全国已建成社区食堂3.2万个。', '“我们要把好事办好。”街道负责人说。'];

export async function writeSyntheticIssue(root: string, date: string, { pages, articlesPerPage, photosPerArticle }: SyntheticIssue): Promise<{ layoutPage: string }> {
  const [year, month, day] = date.split('-');
  const folder = `${year}${month}/${day}`;
  const at = (...parts: string[]) => path.join(root, 'mszk', 'pc', ...parts);
  for (const part of ['layout', 'content', 'pic', 'attachement']) mkdirSync(at(part, folder), { recursive: true });
  const pageName = (page: number) => (page === 1 ? '封面' : `栏目${page}`);
  const slides = Array.from({ length: pages }, (_, index) => `<div class="swiper-slide"><a id="pageLink" href="node_${String(index + 1).padStart(2, '0')}.html">${String(index + 1).padStart(2, '0')}版：${pageName(index + 1)}</a></div>`).join('');
  let articleId = 40000;
  for (let page = 1; page <= pages; page++) {
    const number = String(page).padStart(2, '0');
    const articles = page === 1 ? [] : Array.from({ length: articlesPerPage }, () => ++articleId);
    const height = 400 / Math.max(1, articles.length);
    const areas = articles
      .map((id, index) => `<area shape="polygon" coords="10,${Math.round(index * height + 5)},290,${Math.round(index * height + 5)},290,${Math.round((index + 1) * height - 5)},10,${Math.round((index + 1) * height - 5)}" href="../../../content/${folder}/content_${id}.html">`)
      .join('');
    const list = articles.map((id) => `<li><a href="../../../content/${folder}/content_${id}.html">文章${id}</a></li>`).join('');
    writeFileSync(
      at('layout', folder, `node_${number}.html`),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>民生周刊</title><script>var x = 1;</script></head><body>
<div class="date-box"><p class="date left">${year}年${month}月${day}日 ${year}年第24期</p></div>
<div class="paper"><img src="../../../pic/${folder}/scan-${number}.jpg.2" usemap="#PagePicMap" width="300" height="400"></div>
<map name="PagePicMap">${areas}</map>
<div class="paper-bot"><p class="left ban">第${number}版：${pageName(page)}</p><p class="right btn"><a href="../../../attachement/${folder}/page-${number}.pdf" download>PDF下载</a></p></div>
<div class="swiper-container">${slides}</div><ul class="news-list">${list}</ul><div class="copyright">人民网版权所有</div></body></html>`,
    );
    await renderPhoto(at('pic', folder, `scan-${number}.jpg.2`), 1800, 2400, { seed: page, quality: 80 });
    const pdf = await PDFDocument.create();
    const pdfPage = pdf.addPage([595, 842]);
    pdfPage.drawText(`page ${number}`, { x: 50, y: 780, size: 24, font: await pdf.embedFont(StandardFonts.Helvetica) });
    writeFileSync(at('attachement', folder, `page-${number}.pdf`), await pdf.save());
    for (const id of articles) {
      const photos = Array.from({ length: photosPerArticle }, (_, index) => `photo-${id}-${index + 1}.jpg`);
      for (const [index, photo] of photos.entries()) await renderPhoto(at('pic', folder, photo), 1600, 1067, { seed: id + index });
      const attachments = photos.map((photo) => `<div class="attachment"><img src="../../../pic/${folder}/${photo}"><p class="att-content">社区食堂里的午餐时间。 记者 摄</p></div>`).join('');
      const paragraphs = Array.from({ length: 24 }, (_, index) => `<p>　　${SENTENCES[index % SENTENCES.length].repeat(4)}</p>`).join('\n');
      writeFileSync(
        at('content', folder, `content_${id}.html`),
        `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div class="article"><h3>引题${id}</h3><h1>文章${id}</h1><h2></h2>
<p class="sec">《民生周刊》记者 张三<span class="date">《民生周刊》（${year}年${month}月${day}日 第${number}版）</span></p>${attachments}
<div id="ozoom"><!--enpcontent-->${paragraphs}<!--/enpcontent--></div></div></body></html>`,
      );
    }
  }
  return { layoutPage: at('layout', folder, 'node_01.html') };
}
