import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, in two parts.
 *
 * Every page is static, but each carries inline scripts of its own (the head script that applies the
 * reader's preferences, and Next's data for hydration), so their hashes differ page by page. After a
 * build, each HTML file gets a `<meta http-equiv="Content-Security-Policy">` allowing exactly its own
 * inline scripts by hash; nothing inline is allowed otherwise. The server adds the directives a meta
 * element cannot carry (frame-ancestors) as a header, with the other security headers.
 */

/** Sent as headers by `next start` (next.config.ts) and, for the static export, by nginx. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/;

/** `'sha256-…'` sources for every inline script that runs; JSON-LD data blocks do not run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_BLOCK.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export function pagePolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    "style-src 'self'",
    // blob: for the poster 分享 draws in the page (share-poster.ts).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CHARSET = '<meta charSet="utf-8"/>';
export const POLICY_META_MARK = 'http-equiv="Content-Security-Policy"';

/** The page with its policy as the first thing after the charset, before any script. */
export function withPagePolicy(html: string): string {
  if (html.includes(POLICY_META_MARK)) return html;
  const at = html.indexOf(CHARSET);
  if (at === -1) throw new Error('no charset meta to put the policy after');
  const meta = `<meta ${POLICY_META_MARK} content="${pagePolicy(html)}"/>`;
  return html.slice(0, at + CHARSET.length) + meta + html.slice(at + CHARSET.length);
}
