import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../lib/publishing/deferred-scripts';

/** A page as Next.js writes it, cut down to every kind of script it holds. */
const PAGE = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>',
  '<script>(function(){document.documentElement.setAttribute("data-theme","light")})()</script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main id="main"><h1>标题&lt;/script&gt;</h1><p>正文。</p></main>',
  '<script type="application/ld+json">{"headline":"标题\\u003c/script>"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script src="/_next/static/chunks/late.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"正文。\\u003c/script>"])</script>',
  '</body></html>',
].join('');

const scriptsOf = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => ({ attributes, body }));

describe('a built page’s scripts, fetched on the first gesture', () => {
  const { html, data } = deferScripts(PAGE);
  const loader = scriptsOf(html).at(-1)?.body ?? '';
  const config = JSON.parse(/\}\)\((\{[^]*\})\)$/.exec(loader)?.[1] ?? '{}');

  it('takes the framework’s scripts and their preloads out of the document, keeping the page’s own', () => {
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(scriptsOf(html).map(({ attributes }) => attributes.trim())).toEqual(['', 'type="application/ld+json"', 'id="_R_"', '']);
    expect(html).toContain('<h1>标题&lt;/script&gt;</h1><p>正文。</p>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
  });

  it('moves the page’s data, in order, to a file named by its hash, which the loader fetches before the scripts, in order', () => {
    expect(data?.text).toBe('(self.__next_f=self.__next_f||[]).push([0]);\nself.__next_f.push([1,"正文。\\u003c/script>"]);\n');
    expect(data?.name).toMatch(/^[0-9a-f]{16}\.js$/);
    expect(html.split('正文。')).toHaveLength(2);
    expect(config).toEqual({
      data: `/_next/static/flight/${data?.name}`,
      scripts: ['/_next/static/chunks/one.js', '/_next/static/chunks/two.js', '/_next/static/chunks/late.js'],
      legacy: ['/_next/static/chunks/polyfills.js'],
      worker: '/serwist/sw.js',
    });
  });

  it('puts the loader last in the body', () => {
    expect(html.endsWith(`<script>${loader}</script></body></html>`)).toBe(true);
  });

  it('leaves a page that needs its scripts at once, or has none, as it is', () => {
    const atOnce = PAGE.replace('<main id="main">', '<main id="main"><div data-scripts-at-once="">');
    expect(deferScripts(atOnce)).toEqual({ html: atOnce });
    const plain = '<!DOCTYPE html><html><body><p>正文</p></body></html>';
    expect(deferScripts(plain)).toEqual({ html: plain });
  });
});
