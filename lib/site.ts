export const SITE_NAME = '民生周刊';
export const SITE_LANGUAGE = 'zh-CN';
export const SITE_DESCRIPTION = '《民生周刊》数字版：按期浏览目录，按版面与栏目阅读文章。';
export const PUBLISHER_NAME = '人民日报社';
/** The masthead red: the browser's toolbar and the installed app's title bar. */
export const THEME_COLOR = '#b3121b';
export const PAPER_COLOR = '#fbfaf7';
/** The publisher logo for structured data, under `public/`. */
export const LOGO_PATH = '/logo.png';
export const LOGO_SIZE = 512;

/** Where the site is served: `SITE_URL` from the environment, without a trailing slash. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** An absolute URL on this site for a path like `/issues/2024-12-09`. */
export function absoluteUrl(pathname: string): string {
  return `${siteUrl()}${pathname}`;
}
