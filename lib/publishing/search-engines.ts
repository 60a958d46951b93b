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
 * No transcoding of the pages by proxies (`no-transform`) and no 百度Siteapp copy (`no-siteapp`),
 * each as its own `<meta http-equiv="Cache-Control">`, the form Baidu's guides give and Baidu reads
 * in the page. HTML does not define that `http-equiv` value (the Nu checker's one message on every
 * page); as a header instead, the directive would also stop `next start` from compressing the page,
 * which Next's compression skips for any response marked `no-transform`. The export's nginx lines
 * send the header as well, since nginx compresses regardless.
 */
export const NO_TRANSFORM_DIRECTIVES = ['no-transform', 'no-siteapp'] as const;
