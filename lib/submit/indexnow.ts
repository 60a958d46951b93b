import type { Engine, EngineOutcome } from './engine';
import { type RetryPolicy, postWithRetry } from './post-with-retry';

/**
 * IndexNow (Bing, Yandex, Seznam, Naver…): a JSON POST of the host, the key, where the key file is,
 * and up to 10,000 URLs. Any engine that takes part shares the URLs with the others.
 */
export const INDEXNOW_ENDPOINT = 'https://api.indexnow.org/indexnow';
export const INDEXNOW_BATCH_SIZE = 10_000;

export type IndexNowSettings = { endpoint: string; host: string; key: string; keyLocation: string };

/** What each refusal means, from the protocol's documentation. */
const REFUSALS: Record<number, string> = {
  400: 'bad request: the body is not what IndexNow takes',
  403: 'the key is not valid: the key file must be served at the keyLocation and hold the key (deploy the build first)',
  422: 'the URLs do not belong to the host, or the key file does not match the key',
};

export function indexNowEngine(settings: IndexNowSettings, policy: RetryPolicy): Engine {
  return {
    id: 'indexnow',
    name: 'IndexNow',
    async push(urls, onAccepted): Promise<EngineOutcome> {
      const outcome: EngineOutcome = { accepted: 0, notes: [] };
      for (let start = 0; start < urls.length; start += INDEXNOW_BATCH_SIZE) {
        const batch = urls.slice(start, start + INDEXNOW_BATCH_SIZE);
        const body = JSON.stringify({ host: settings.host, key: settings.key, keyLocation: settings.keyLocation, urlList: batch });
        let status: number;
        try {
          ({ status } = await postWithRetry(settings.endpoint, { headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }, policy));
        } catch (error) {
          outcome.failure = error instanceof Error ? error.message : String(error);
          break;
        }
        if (status !== 200 && status !== 202) {
          outcome.failure = `HTTP ${status}: ${REFUSALS[status] ?? 'refused'}`;
          break;
        }
        if (status === 202) outcome.notes.push('202: taken, the key is still being checked');
        onAccepted(batch);
        outcome.accepted += batch.length;
      }
      return outcome;
    },
  };
}
