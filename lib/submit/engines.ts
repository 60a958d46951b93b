import { BAIDU_ENDPOINT, baiduEngine } from './baidu';
import type { Engine, SkippedEngine } from './engine';
import { INDEXNOW_ENDPOINT, indexNowEngine } from './indexnow';
import { INDEXNOW_KEY_VARIABLE, indexNowKey, indexNowKeyPath } from './indexnow-key';
import type { RetryPolicy } from './post-with-retry';

/**
 * An address the command will POST to, checked before anything is sent. The value is not repeated
 * in the message: a token pasted into it would be printed.
 */
function endpoint(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: not an address; give it as http://host/path or https://host/path`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name}: must be an http:// or https:// address`);
  if (url.username || url.password || url.search || url.hash) throw new Error(`${name}: give the address alone, without a user, a query or a fragment`);
  return url.href;
}

/** The engines set up in the environment for the site at `site`, and those skipped for want of a setting. */
export function enginesFromEnv(env: Record<string, string | undefined>, policy: RetryPolicy, site: string): { engines: Engine[]; skipped: SkippedEngine[] } {
  const engines: Engine[] = [];
  const skipped: SkippedEngine[] = [];
  const setting = (name: string) => env[name]?.trim() || undefined;

  const token = setting('BAIDU_PUSH_TOKEN');
  if (token) {
    const baiduSite = setting('BAIDU_PUSH_SITE') ?? site;
    engines.push(baiduEngine({ endpoint: endpoint('BAIDU_PUSH_ENDPOINT', setting('BAIDU_PUSH_ENDPOINT') ?? BAIDU_ENDPOINT), site: baiduSite, token }, policy));
  } else {
    skipped.push({ id: 'baidu', name: 'Baidu', missing: 'BAIDU_PUSH_TOKEN' });
  }

  const key = indexNowKey(env);
  if (key) {
    engines.push(
      indexNowEngine(
        { endpoint: endpoint('INDEXNOW_ENDPOINT', setting('INDEXNOW_ENDPOINT') ?? INDEXNOW_ENDPOINT), host: new URL(site).host, key, keyLocation: `${site}${indexNowKeyPath(key)}` },
        policy,
      ),
    );
  } else {
    skipped.push({ id: 'indexnow', name: 'IndexNow', missing: INDEXNOW_KEY_VARIABLE });
  }
  return { engines, skipped };
}
