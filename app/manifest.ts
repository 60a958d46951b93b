import type { MetadataRoute } from 'next';
import { HOME_HREF } from '@/lib/publishing/routes';
import { PAPER_COLOR, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, THEME_COLOR } from '@/lib/site';

export const dynamic = 'force-static';

/** The web app manifest: the site can be installed, and opens on the latest issue. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: HOME_HREF,
    name: `${SITE_NAME} 数字版`,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: SITE_LANGUAGE,
    start_url: HOME_HREF,
    scope: HOME_HREF,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: PAPER_COLOR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
