import { notFound } from 'next/navigation';
import { textFileResponse } from '@/app/_lib/text-file-response';
import { getContent } from '@/lib/content/site-content';
import { sitemapEntries, sitemapParts, sitemapText, urlsetXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

const parts = () => sitemapParts(sitemapEntries(getContent()));

/**
 * The parts that /sitemap.xml indexes once the site passes a sitemap's limits, in XML and as plain
 * text (`/sitemap.txt` is the first). Below them, /sitemap.xml lists every URL itself and `1.xml` is
 * never referenced; it exists because a static export needs one param.
 */
export function generateStaticParams() {
  return parts().flatMap((_, index) => [{ part: `${index + 1}.xml` }, { part: `${index + 1}.txt` }]);
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params;
  const [, number, format] = /^(\d+)\.(xml|txt)$/.exec(part) ?? notFound();
  const entries = parts()[Number(number) - 1] ?? notFound();
  return format === 'xml' ? textFileResponse(urlsetXml(entries)) : textFileResponse(sitemapText(entries), 'text/plain');
}
