import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { APPLY_STORED_FONT_SIZE_SCRIPT } from '@/lib/reading-preferences';
import { ARCHIVE_HREF, HOME_HREF } from '@/lib/routes';
import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, siteUrl } from '@/lib/site';
import { FEED_ALTERNATES } from './_lib/page-metadata';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME} 数字版`, template: `%s - ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: FEED_ALTERNATES },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#b3121b',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={SITE_LANGUAGE}>
      <head>
        {/* Runs before first paint so a remembered article size never flashes. */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_STORED_FONT_SIZE_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:px-3 focus:py-2"
        >
          跳到主要内容
        </a>
        <header className="border-b-4 border-masthead bg-white print:border-b-2">
          <div className="mx-auto flex max-w-4xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
            <Link prefetch={false} href={HOME_HREF} className="font-serif text-2xl font-bold tracking-widest text-masthead">
              {SITE_NAME}
            </Link>
            <nav aria-label="网站导航" className="print:hidden">
              <ul className="flex gap-5 text-base">
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
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl border-t border-neutral-300 px-4 py-6 text-sm text-ink-muted print:hidden">
          《{SITE_NAME}》 人民日报社主管主办
        </footer>
      </body>
    </html>
  );
}
