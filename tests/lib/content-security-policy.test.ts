import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, inlineScriptHashes, pagePolicy, withPagePolicy } from '../../lib/publishing/content-security-policy';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (body: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>t</title></head><body>${body}</body></html>`;

describe('Content-Security-Policy', () => {
  it('allows each inline script of a page by its hash, and no JSON-LD or external script', () => {
    const html = page('<script>a()</script><script id="_R_">b()</script><script src="/x.js" async=""></script><script type="application/ld+json">{"a":1}</script><script>a()</script>');
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
    expect(pagePolicy(html)).toContain(`script-src 'self' ${sha('a()')} ${sha('b()')};`);
    expect(pagePolicy(html)).not.toContain('unsafe-inline');
  });

  it('goes right after the charset, before any script, once', () => {
    const secured = withPagePolicy(page('<script>a()</script>'));
    expect(secured.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(secured.indexOf('<script>'));
    expect(secured.startsWith('<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(withPagePolicy(secured)).toBe(secured);
  });

  it('the headers forbid framing and sniffing; nginx sends the same ones', () => {
    const nginx = readFileSync('deploy/nginx-static-export.conf', 'utf8');
    for (const { key, value } of SECURITY_HEADERS) expect(nginx).toContain(`add_header ${key} "${value}" always;`);
    expect(SECURITY_HEADERS.find(({ key }) => key === 'Content-Security-Policy')?.value).toContain("frame-ancestors 'none'");
  });
});
