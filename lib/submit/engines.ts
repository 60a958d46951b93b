import { absoluteUrl, siteUrl } from '../site';
import { BAIDU_ENDPOINT, baiduEngine } from './baidu';
import type { Engine, SkippedEngine } from './engine';
import { INDEXNOW_ENDPOINT, indexNowEngine } from './indexnow';
import { INDEXNOW_KEY_VARIABLE, indexNowKey, indexNowKeyPath } from './indexnow-key';
import type { RetryPolicy } from './post-with-retry';

/** The engines set up in the environment, and those skipped for want of a setting. */
export function enginesFromEnv(env: Record<string, string | undefined>, policy: RetryPolicy): { engines: Engine[]; skipped: SkippedEngine[] } {
  const engines: Engine[] = [];
  const skipped: SkippedEngine[] = [];
  const setting = (name: string) => env[name]?.trim() || undefined;

  const token = setting('BAIDU_PUSH_TOKEN');
  if (token) {
    engines.push(baiduEngine({ endpoint: setting('BAIDU_PUSH_ENDPOINT') ?? BAIDU_ENDPOINT, site: setting('BAIDU_PUSH_SITE') ?? siteUrl(), token }, policy));
  } else {
    skipped.push({ id: 'baidu', name: 'Baidu', missing: 'BAIDU_PUSH_TOKEN' });
  }

  const key = indexNowKey(env);
  if (key) {
    engines.push(
      indexNowEngine(
        { endpoint: setting('INDEXNOW_ENDPOINT') ?? INDEXNOW_ENDPOINT, host: new URL(siteUrl()).host, key, keyLocation: absoluteUrl(indexNowKeyPath(key)) },
        policy,
      ),
    );
  } else {
    skipped.push({ id: 'indexnow', name: 'IndexNow', missing: INDEXNOW_KEY_VARIABLE });
  }
  return { engines, skipped };
}
