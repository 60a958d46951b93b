import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { APPLY_READING_PREFERENCES_SCRIPT } from '@/lib/reading/preferences';
import { APPLICABLE_DEVICE, NO_TRANSFORM_DIRECTIVES } from '@/lib/publishing/search-engines';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, THEME_COLOR, siteUrl } from '@/lib/site';
import { ServiceWorkerRegistration } from './_components/service-worker-registration';
import { SiteHeader } from './_components/site-header';
import { FEED_ALTERNATES } from './_lib/route-metadata';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME} 数字版`, template: `%s - ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: FEED_ALTERNATES },
  // Phone numbers in articles stay text: Safari and some Chinese browsers would make them links.
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: THEME_COLOR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets the theme and font size on <html> before React hydrates it.
    <html lang={SITE_LANGUAGE} suppressHydrationWarning>
      <head>
        {/* In the layout rather than metadata's `other`, which a page's own `other` would replace. */}
        <meta name="applicable-device" content={APPLICABLE_DEVICE} />
        {NO_TRANSFORM_DIRECTIVES.map((directive) => (
          <meta key={directive} httpEquiv="Cache-Control" content={directive} />
        ))}
        {/* Runs before first paint, so a remembered theme or article size never flashes. */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_READING_PREFERENCES_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-surface focus:px-3 focus:py-2"
        >
          跳到主要内容
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-4xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl border-t border-rule-strong px-4 py-6 text-sm text-ink-muted print:hidden">
          《{SITE_NAME}》 人民日报社主管主办
        </footer>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
