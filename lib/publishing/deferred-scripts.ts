import { createHash } from 'node:crypto';
import { DEFAULT_FONT_STEP, EARLY_FONT_STEP_ATTRIBUTE, FONT_SIZES_PX, FONT_SIZE_PROPERTY, FONT_STEP_STORAGE_KEY, PHOTO_VIEWER_READY_ATTRIBUTE, SCRIPT_STORAGE_KEY } from '../reading/preferences';
import { SCRIPTS_AT_ONCE_ATTRIBUTE } from './script-loading';
import { SERVICE_WORKER_HREF } from './offline';

/**
 * Pages as fast as plain HTML. A page is text a reader came for: the framework's scripts (about
 * 140 KB, and the page's data, a second copy of the article) are not fetched while it loads, but the
 * moment the reader reaches for something — a pointer over the page, a tap, a key, focus. Until then
 * the page is the HTML itself, painted as soon as it arrives, and the first tap is not lost:
 * 放大 and 缩小 act at once, any other button (or a photo, for 查看大图) is pressed again once the
 * scripts have taken over the page, and so is a key (the loader waits for them a minute at most).
 * The service worker is registered once the page has loaded and the browser is idle: registered at
 * `load`, its start-up ran beside the page's last layout and added 40 ms of blocking time in
 * Lighthouse. Pages are kept for reading offline whether or not the reader touches anything. Only
 * the click listener may cancel anything; the others are passive, so a touch never waits for the
 * page to scroll. The scripts load at once for a reader who chose 繁體, whose page they convert;
 * and a page that needs them to show anything (script-loading.ts: search results, the saved pages)
 * is left as Next.js wrote it.
 *
 * Applied to the built pages (scripts/after-build.ts), so that `next dev` is left as it is.
 */

/** Where a page's data goes, served with the build's other static files. */
export const PAGE_DATA_FOLDER = 'flight';
export const pageDataHref = (name: string) => `/_next/static/${PAGE_DATA_FOLDER}/${name}`;


/**
 * What a tap before the scripts arrive is kept for, and pressed again once they have: the buttons,
 * and a photo's link, which 查看大图 opens in the page (photo-viewer.tsx) rather than as a file. The
 * photo is pressed again once the viewer listens (PHOTO_VIEWER_READY_ATTRIBUTE), which can be after
 * the page has hydrated; after three seconds without it, the link opens the file as without scripts.
 */
const REPLAYED_CLICKS = 'button[type="button"], .article-body figure a[href]';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const PRELOADED_SCRIPT = /<link\b(?=[^>]*\bas="script")(?=[^>]*\brel="preload")[^>]*>/gi;
const PAGE_DATA = /^\s*(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(/;

type LoaderConfig = { data?: string; scripts: string[]; legacy: string[]; worker: string };

/** The loader, inline at the end of the body (its hash joins the page's Content-Security-Policy). */
function loaderScript(config: LoaderConfig): string {
  const json = JSON.stringify;
  return `(function(c){var w=window,d=document,started=false,done=false,queue=[],kinds=["pointerover","pointerdown","touchstart","focusin","keydown","click"];
function add(src,legacy){var s=d.createElement("script");s.src=src;s.async=false;if(legacy)s.noModule=true;d.body.appendChild(s)}
function hydrated(){var m=d.querySelector("main");if(!m)return true;for(var k in m)if(k.indexOf("__reactFiber")===0)return true;return false}
function settle(n){if(!hydrated()){if(n<2000)setTimeout(function(){settle(n+1)},30);return}done=true;kinds.forEach(function(k){w.removeEventListener(k,on,true)});setTimeout(function(){queue.splice(0).forEach(function(f){f()})},0)}
function start(){if(started)return;started=true;if(c.data)add(c.data);c.scripts.forEach(function(s){add(s)});c.legacy.forEach(function(s){add(s,true)});settle(0)}
function press(b,n){if(b.closest("figure")&&!b.closest(${json(`[${PHOTO_VIEWER_READY_ATTRIBUTE}]`)})&&n<100){setTimeout(function(){press(b,n+1)},30);return}b.click()}
function zoom(change){var d0=d.documentElement,s=${json(FONT_SIZES_PX)},n=${DEFAULT_FONT_STEP};try{var v=localStorage.getItem(${json(FONT_STEP_STORAGE_KEY)});if(v!==null&&s[Number(v)])n=Number(v)}catch(e){}n=Math.min(s.length-1,Math.max(0,n+change));d0.style.setProperty(${json(FONT_SIZE_PROPERTY)},s[n]+"px");try{localStorage.setItem(${json(FONT_STEP_STORAGE_KEY)},String(n))}catch(e){}}
function on(e){if(done)return;start();var t=e.target;if(!t||!t.closest)return;
if(e.type==="click"){var b=t.closest(${json(REPLAYED_CLICKS)});if(!b||b.disabled)return;e.preventDefault();e.stopImmediatePropagation();var z=b.getAttribute(${json(EARLY_FONT_STEP_ATTRIBUTE)});if(z){zoom(Number(z));return}queue.push(function(){press(b,0)})}
else if(e.type==="keydown"&&!e.isComposing&&!t.closest("input,textarea,select,[contenteditable]")&&["Tab","Shift","Control","Alt","Meta"].indexOf(e.key)<0){var k={key:e.key,code:e.code,shiftKey:e.shiftKey,ctrlKey:e.ctrlKey,altKey:e.altKey,metaKey:e.metaKey,bubbles:true,cancelable:true};queue.push(function(){t.dispatchEvent(new KeyboardEvent("keydown",k))})}}
kinds.forEach(function(k){w.addEventListener(k,on,{capture:true,passive:k!=="click"})});
try{if(localStorage.getItem(${json(SCRIPT_STORAGE_KEY)})==="traditional")start()}catch(e){}
w.addEventListener("load",function(){if(!("serviceWorker"in navigator))return;var r=function(){navigator.serviceWorker.register(c.worker,{scope:"/"}).catch(function(){})};if(w.requestIdleCallback)requestIdleCallback(r,{timeout:5000});else setTimeout(r,1000)})})(${json(config)})`;
}

export type DeferredPage = {
  html: string;
  /** The page's data as a script of its own, and its name under PAGE_DATA_FOLDER; none when the page has none. */
  data?: { name: string; text: string };
};

/**
 * The page with the framework's scripts and its data taken out of the document and loaded on the
 * reader's first gesture instead (the loader above). Inline scripts of the page's own (the reading
 * preferences, structured data, the chunk list) stay as they are. A page without the framework's
 * scripts, or one that needs them at once, is returned unchanged.
 */
export function deferScripts(html: string): DeferredPage {
  if (new RegExp(`\\s${SCRIPTS_AT_ONCE_ATTRIBUTE}=`).test(html)) return { html };
  const scripts: string[] = [];
  const legacy: string[] = [];
  const data: string[] = [];
  const without = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src && /\bnoModule\b/i.test(attributes)) legacy.push(src);
    else if (src && /\basync\b/.test(attributes) && !/\btype=/.test(attributes)) scripts.push(src);
    else if (!src && PAGE_DATA.test(body)) data.push(body.trim().replace(/;?$/, ';'));
    else return whole;
    return '';
  });
  if (scripts.length === 0) return { html };
  const text = `${data.join('\n')}\n`;
  const name = data.length > 0 ? `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js` : undefined;
  const loader = loaderScript({ data: name ? pageDataHref(name) : undefined, scripts, legacy, worker: SERVICE_WORKER_HREF });
  const deferred = without.replace(PRELOADED_SCRIPT, '').replace(/<\/body>/, `<script>${loader}</script></body>`);
  return name ? { html: deferred, data: { name, text } } : { html: deferred };
}
