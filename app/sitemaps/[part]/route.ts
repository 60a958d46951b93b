import { notFound } from 'next/navigation';
import { xmlResponse } from '@/app/_lib/xml-response';
import { getContent } from '@/lib/content/content-index';
import { sitemapEntries, sitemapParts, urlsetXml } from '@/lib/publishing/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

const parts = () => sitemapParts(sitemapEntries(getContent()));

/**
 * The parts that /sitemap.xml indexes once the site passes 50,000 URLs. Below that it lists every
 * URL itself and `1.xml` is never referenced; it exists because a static export needs one param.
 */
export function generateStaticParams() {
  return parts().map((_, index) => ({ part: `${index + 1}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params;
  const entries = parts()[Number(part.replace(/\.xml$/, '')) - 1] ?? notFound();
  return xmlResponse(urlsetXml(entries));
}
