import Link from 'next/link';
import { ARCHIVE_HREF, BOOKMARKS_HREF, HOME_HREF, SEARCH_HREF, SECTIONS_HREF } from '@/lib/publishing/routes';
import { SITE_NAME } from '@/lib/site';
import { ScriptSwitch } from './script-switch';
import { ThemeToggle } from './theme-toggle';

const NAV_LINKS = [
  { href: HOME_HREF, label: '最新一期' },
  { href: ARCHIVE_HREF, label: '往期回顾' },
  { href: SECTIONS_HREF, label: '栏目' },
  { href: BOOKMARKS_HREF, label: '我的收藏' },
];

const linkStyle = 'hover:text-masthead hover:underline';

/**
 * The masthead, the site's navigation and its search box. On a phone it is one line: 民生周刊, 搜索
 * (a link to the search page) and 菜单, a `<details>` whose opening shows the panel right after it
 * (globals.css: it must stay the next sibling), without waiting for any script. From `sm` up the panel is in the line and 菜单 is not.
 * The panel is not inside the `<details>`, which would hide it from assistive technology wherever
 * the `<details>` is closed.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b-4 border-masthead bg-surface print:border-b-2">
      <div className="mx-auto flex max-w-4xl items-center gap-x-4 px-4 py-2 sm:items-baseline sm:gap-x-6 sm:py-3">
        <Link prefetch={false} href={HOME_HREF} className="mr-auto whitespace-nowrap font-serif text-2xl font-bold tracking-widest text-masthead">
          {SITE_NAME}
        </Link>
        <Link prefetch={false} href={SEARCH_HREF} className={`site-menu-search-link whitespace-nowrap py-2 print:hidden ${linkStyle}`}>
          搜索
        </Link>
        <details className="site-menu print:hidden">
          <summary className="cursor-pointer whitespace-nowrap py-2 hover:text-masthead">菜单</summary>
        </details>
        <div className="site-menu-panel print:hidden">
          <nav aria-label="网站导航">
            <ul className="flex flex-wrap items-baseline gap-x-5 gap-y-3 text-base">
              {NAV_LINKS.map(({ href, label }) => (
                <li key={href}>
                  <Link prefetch={false} href={href} className={`whitespace-nowrap ${linkStyle}`}>
                    {label}
                  </Link>
                </li>
              ))}
              <li>
                <ThemeToggle />
              </li>
              <li>
                <ScriptSwitch />
              </li>
            </ul>
          </nav>
          <form role="search" action={SEARCH_HREF} className="flex gap-2">
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
      </div>
    </header>
  );
}
