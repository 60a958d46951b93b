/**
 * What the search engines Chinese readers use (Baidu, 360, Sogou, Bing, Google) read from the site
 * beyond the pages themselves: ownership verification tags, the page's fitness for phones, and the
 * promise that a page may not be transcoded.
 */

/** Each engine's verification tag and the environment variable that holds its code. */
export const SITE_VERIFICATION_TAGS = [
  { variable: 'BAIDU_SITE_VERIFICATION', name: 'baidu-site-verification', engine: '百度搜索资源平台' },
  { variable: 'GOOGLE_SITE_VERIFICATION', name: 'google-site-verification', engine: 'Google Search Console' },
  { variable: 'BING_SITE_VERIFICATION', name: 'msvalidate.01', engine: 'Bing Webmaster Tools' },
  { variable: 'SO360_SITE_VERIFICATION', name: '360-site-verification', engine: '360站长平台' },
  { variable: 'SOGOU_SITE_VERIFICATION', name: 'sogou_site_verification', engine: '搜狗站长平台' },
] as const;

/** `<meta name content>` pairs for the home page: one for each verification code set, none when unset. */
export function siteVerificationMeta(env: Record<string, string | undefined> = process.env): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const { variable, name } of SITE_VERIFICATION_TAGS) {
    const code = env[variable]?.trim();
    if (code) tags[name] = code;
  }
  return tags;
}

/**
 * On every page: the page serves phones and computers alike (Baidu's 移动适配), so engines send
 * phone readers to it rather than to a transcoded copy.
 */
export const APPLICABLE_DEVICE = 'pc,mobile';

/**
 * Cache-Control directives for every page: no transcoding by proxies (`no-transform`) and no
 * 百度Siteapp copy (`no-siteapp`). Baidu's guides show them as `<meta http-equiv="Cache-Control">`,
 * but HTML does not allow that `http-equiv` value (the Nu checker rejects it), so the site sends
 * them as the HTTP header, which is what transcoders obey.
 */
export const NO_TRANSFORM_DIRECTIVES = 'no-transform, no-siteapp';
