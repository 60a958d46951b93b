import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { APPLY_READING_PREFERENCES_SCRIPT } from '@/lib/reading/preferences';
import { ARCHIVE_HREF, HOME_HREF, SEARCH_HREF, SECTIONS_HREF } from '@/lib/publishing/routes';
import { APPLICABLE_DEVICE, NO_TRANSFORM_DIRECTIVES } from '@/lib/publishing/search-engines';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, THEME_COLOR, siteUrl } from '@/lib/site';
import { ScriptSwitch } from './_components/script-switch';
import { ServiceWorkerRegistration } from './_components/service-worker-registration';
import { ThemeToggle } from './_components/theme-toggle';
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
        <header className="border-b-4 border-masthead bg-surface print:border-b-2">
          <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link prefetch={false} href={HOME_HREF} className="font-serif text-2xl font-bold tracking-widest text-masthead">
              {SITE_NAME}
            </Link>
            <nav aria-label="网站导航" className="print:hidden">
              <ul className="flex flex-wrap items-baseline gap-x-5 gap-y-2 text-base">
                <li>
                  <Link prefetch={false} href={HOME_HREF} className="hover:text-masthead hover:underline">
                    最新一期
                  </Link>
                </li>
                <li>
                  <Link prefetch={false} href={ARCHIVE_HREF} className="hover:text-masthead hover:underline">
                    往期回顾
                  </Link>
                </li>
                <li>
                  <Link prefetch={false} href={SECTIONS_HREF} className="hover:text-masthead hover:underline">
                    栏目
                  </Link>
                </li>
                <li>
                  <ThemeToggle />
                </li>
                <li>
                  <ScriptSwitch />
                </li>
              </ul>
            </nav>
            <form role="search" action={SEARCH_HREF} className="flex w-full gap-2 sm:w-auto print:hidden">
              <label htmlFor="site-search" className="sr-only">
                搜索文章
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="搜索文章"
                className="min-w-0 flex-1 rounded border border-rule-strong bg-paper px-2 py-1 text-base sm:w-44"
              />
              <button type="submit" className="rounded border border-rule-strong px-3 py-1 hover:border-masthead hover:text-masthead">
                搜索
              </button>
            </form>
          </div>
        </header>
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
