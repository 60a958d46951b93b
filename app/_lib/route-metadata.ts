import type { Metadata } from 'next';
import { FEED_PATH, FEED_TITLE } from '@/lib/publishing/feed';
import { TITLE_MAX_CHARACTERS, clipText } from '@/lib/content/labels';
import { LOGO_PATH, LOGO_SIZE, SITE_NAME } from '@/lib/site';

type RouteMetadataInput = {
  /** The page's own title; the layout's template adds ` - 民生周刊`. */
  title: string;
  description: string;
  /** The page's path: its canonical URL, made absolute with the layout's metadataBase. */
  pathname: string;
  /** Use the title as it is, without the template. */
  absoluteTitle?: boolean;
  openGraph?: Partial<{ type: 'article'; publishedTime: string; section: string; authors: string[] }>;
  image?: string;
};

/** The feed link every page's head carries for autodiscovery. */
export const FEED_ALTERNATES = { 'application/rss+xml': [{ url: FEED_PATH, title: FEED_TITLE }] };

/**
 * Title, description, canonical URL, OpenGraph and Twitter card of a page. Next replaces the
 * layout's `alternates` and `openGraph` wholesale when a page sets them, so each page gets all of them.
 */
export function routeMetadata({ title: fullTitle, description, pathname, absoluteTitle, openGraph, image }: RouteMetadataInput): Metadata {
  // The page itself keeps the whole title; what search engines and link previews show is cut cleanly.
  const title = clipText(fullTitle, TITLE_MAX_CHARACTERS);
  const images = [image ? { url: image } : { url: LOGO_PATH, width: LOGO_SIZE, height: LOGO_SIZE, alt: SITE_NAME }];
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: pathname, types: FEED_ALTERNATES },
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      locale: 'zh_CN',
      url: pathname,
      title,
      description,
      images,
      ...openGraph,
    },
    twitter: { card: 'summary', title, description, images },
  };
}
