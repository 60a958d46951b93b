/**
 * Reading preferences remembered in the browser: the article font size (放大 / 缩小) and the theme.
 * The head script applies both before first paint, so a page never flashes in the wrong size or
 * colours; the client controls change them with the same keys.
 */

/** Article body sizes for 放大 / 缩小: five steps from 16 to 26 px. */
export const FONT_SIZES_PX = [16, 18, 20, 22, 24, 26] as const;
export const DEFAULT_FONT_STEP = 1;
export const FONT_STEP_STORAGE_KEY = 'minsheng:font-step';
/** The CSS custom property on `<html>` that sizes `.article-body`. */
export const FONT_SIZE_PROPERTY = '--article-font-size';
/** On 放大 and 缩小: the step they add, which the page applies itself when tapped before its scripts arrive (lib/publishing/deferred-scripts.ts). */
export const EARLY_FONT_STEP_ATTRIBUTE = 'data-font-step-change';
/**
 * On the article's body once 查看大图 listens for taps on its photos. A photo tapped before the
 * scripts arrived is pressed again only then (lib/publishing/deferred-scripts.ts): the viewer starts
 * listening in an effect, which may run after the page has hydrated.
 */
export const PHOTO_VIEWER_READY_ATTRIBUTE = 'data-photo-viewer';

/** A stored step, or the default when it is missing or not a valid step. */
export function parseFontStep(stored: string | null): number {
  const step = Number(stored);
  return stored !== null && Number.isInteger(step) && step >= 0 && step < FONT_SIZES_PX.length ? step : DEFAULT_FONT_STEP;
}

export type Theme = 'light' | 'dark';
/** The reader's explicit choice; without one the theme follows the system. */
export const THEME_STORAGE_KEY = 'minsheng:theme';
/** `<html data-theme="dark">` switches the colours (app/globals.css). */
export const THEME_ATTRIBUTE = 'data-theme';
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

export function parseTheme(stored: string | null): Theme | undefined {
  return stored === 'light' || stored === 'dark' ? stored : undefined;
}

const json = JSON.stringify;

/** Inline script for `<head>`; it mirrors parseFontStep and parseTheme. */
export const APPLY_READING_PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;try{var s=${json(FONT_SIZES_PX)},v=localStorage.getItem(${json(FONT_STEP_STORAGE_KEY)}),n=Number(v);if(v!==null&&n%1===0&&s[n])d.style.setProperty(${json(FONT_SIZE_PROPERTY)},s[n]+'px')}catch(e){}var t=null;try{t=localStorage.getItem(${json(THEME_STORAGE_KEY)})}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia(${json(DARK_SCHEME_QUERY)}).matches?'dark':'light';d.setAttribute(${json(THEME_ATTRIBUTE)},t)})()`;

/** 简体 as published, or 繁體 converted in the browser (app/_components/traditional-script.ts). */
export type Script = 'simplified' | 'traditional';
export const SCRIPT_STORAGE_KEY = 'minsheng:script';
export const TRADITIONAL_LANGUAGE = 'zh-Hant';

export function parseScript(stored: string | null): Script {
  return stored === 'traditional' ? 'traditional' : 'simplified';
}
