import { areaCorners } from '@/lib/content/area';
import type { Issue, IssuePage } from '@/lib/content/model';
import { fileSizeLabel, pageLabel } from '@/lib/content/labels';
import { scanWidths } from '@/lib/publishing/print-images';
import { areaAnchor, articleHref, pagePdfHref, scanHref } from '@/lib/publishing/routes';
import { ScanZoom } from './scan-zoom';

/**
 * 版面图: the printed page's scan with a link over each article's area, in reading order, and the
 * page's PDF when there is one. The article list beside it stays the main way in.
 */
export function PageScan({ issue, page }: { issue: Issue; page: IssuePage }) {
  const { scan, pdf } = page;
  if (!scan && !pdf) return null;
  return (
    <figure className="page-scan mt-4">
      {scan && (
        <div className="relative">
          <img
            src={scanHref(issue.date, page.page, scan, scanWidths(scan)[0])}
            srcSet={scanWidths(scan)
              .map((width) => `${scanHref(issue.date, page.page, scan, width)} ${width}w`)
              .join(', ')}
            sizes="(min-width: 768px) 380px, 100vw"
            width={scan.width}
            height={scan.height}
            alt={`${pageLabel(page.page)}（${page.section}）版面图`}
            className="block h-auto w-full border border-rule-strong"
          />
          {/* The areas as SVG links, boxes and the e-paper's polygons alike: their corners are attributes, which the page's style policy allows (inline styles it does not). */}
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full">
            {page.articles.map(({ slug, title, area }) =>
              area ? (
                <a key={slug} id={areaAnchor(slug)} href={articleHref(issue.date, slug)} aria-label={title} className="page-area">
                  <title>{title}</title>
                  <polygon points={areaCorners(area).map((corner) => corner.join(',')).join(' ')} />
                </a>
              ) : null,
            )}
          </svg>
        </div>
      )}
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm">
        {scan && <ScanZoom src={scanHref(issue.date, page.page, scan)} width={scan.width} height={scan.height} label={`${pageLabel(page.page)}版面图`} />}
        {pdf && (
          <a href={pagePdfHref(issue.date, page.page, pdf)} download className="text-masthead-dark underline">
            下载本版PDF（{fileSizeLabel(pdf.bytes)}）
          </a>
        )}
      </figcaption>
    </figure>
  );
}
