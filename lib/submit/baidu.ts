import { z } from 'zod';
import type { Engine, EngineOutcome } from './engine';
import { type RetryPolicy, postWithRetry } from './post-with-retry';

/**
 * Baidu's 普通收录 API (百度搜索资源平台 › 资源提交 › API提交): a `text/plain` POST of one URL a
 * line to `<endpoint>?site=<site>&token=<token>`, answered in JSON with the URLs taken and the
 * day's quota left, or with an error and its message.
 */
export const BAIDU_ENDPOINT = 'http://data.zz.baidu.com/urls';
/** Baidu takes at most 2,000 URLs a request. */
export const BAIDU_BATCH_SIZE = 2000;

const accepted = z.object({
  success: z.number(),
  remain: z.number(),
  not_same_site: z.array(z.string()).optional(),
  not_valid: z.array(z.string()).optional(),
});
const refused = z.object({ error: z.number(), message: z.string() });

const urlCount = (count: number) => (count === 1 ? '1 URL' : `${count} URLs`);

export type BaiduSettings = { endpoint: string; site: string; token: string };

/** What an error means for whoever runs the command. */
function explain({ error, message }: z.infer<typeof refused>): string {
  if (error === 401) return `${message} (401): check BAIDU_PUSH_TOKEN against 资源提交 › API提交`;
  if (/over quota/i.test(message)) return `${message} (${error}): the day's quota is used up`;
  if (/site/i.test(message)) return `${message} (${error}): BAIDU_PUSH_SITE must be the site as verified in 百度搜索资源平台`;
  return `${message} (${error})`;
}

function parse(body: string): z.infer<typeof accepted> | z.infer<typeof refused> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const ok = accepted.safeParse(json);
  if (ok.success) return ok.data;
  const error = refused.safeParse(json);
  return error.success ? error.data : undefined;
}

/** The text with the token, as written and as sent in the query, replaced: it never reaches a message. */
export function withoutToken(text: string, token: string): string {
  const forms = [token, new URLSearchParams({ token }).toString().slice('token='.length), encodeURIComponent(token)];
  return forms.reduce((result, form) => result.split(form).join('[BAIDU_PUSH_TOKEN]'), text);
}

export function baiduEngine(settings: BaiduSettings, policy: RetryPolicy): Engine {
  const url = `${settings.endpoint}?${new URLSearchParams({ site: settings.site, token: settings.token })}`;
  const send = (batch: string[]) => postWithRetry(url, { headers: { 'Content-Type': 'text/plain' }, body: batch.join('\n') }, policy);
  const push = pushInBatches(send);
  return {
    id: 'baidu',
    name: 'Baidu',
    async push(urls, onAccepted): Promise<EngineOutcome> {
      const outcome = await push(urls, onAccepted);
      const notes = outcome.notes.map((note) => withoutToken(note, settings.token));
      return outcome.failure === undefined ? { ...outcome, notes } : { ...outcome, notes, failure: withoutToken(outcome.failure, settings.token) };
    },
  };
}

function pushInBatches(send: (batch: string[]) => Promise<{ status: number; body: string }>): Engine['push'] {
  return async (urls, onAccepted) => {
    const outcome: EngineOutcome = { accepted: 0, notes: [] };
    const refusedUrls: string[] = [];
    let remain: number | undefined;
    let size = BAIDU_BATCH_SIZE;
    for (let start = 0; start < urls.length; ) {
      const count = Math.min(size, urls.length - start, remain ?? Infinity);
      if (count === 0) {
        outcome.failure = "the day's quota is used up (remain 0)";
        break;
      }
      const batch = urls.slice(start, start + count);
      let answer;
      try {
        answer = await send(batch);
      } catch (error) {
        outcome.failure = error instanceof Error ? error.message : String(error);
        break;
      }
      const parsed = parse(answer.body);
      if (parsed === undefined || (answer.status !== 200 && !('error' in parsed))) {
        outcome.failure = `HTTP ${answer.status} with an answer Baidu's API does not give: ${answer.body.slice(0, 200)}`;
        break;
      }
      if ('error' in parsed) {
        // Over quota for this many: the quota left is unknown, so try half as many.
        if (/over quota/i.test(parsed.message) && count > 1) {
          size = Math.ceil(count / 2);
          continue;
        }
        outcome.failure = explain(parsed);
        break;
      }
      const notTaken = new Set([...(parsed.not_same_site ?? []), ...(parsed.not_valid ?? [])]);
      const taken = batch.filter((entry) => !notTaken.has(entry));
      if (parsed.success < taken.length) {
        // Fewer taken than sent and not refused by name: which ones is unknown, so none is recorded.
        outcome.failure = `counted ${parsed.success} of the ${urlCount(taken.length)} sent as taken, without saying which`;
        remain = parsed.remain;
        break;
      }
      onAccepted(taken);
      outcome.accepted += taken.length;
      for (const [reason, list] of [['not_same_site', parsed.not_same_site], ['not_valid', parsed.not_valid]] as const) {
        for (const entry of list ?? []) refusedUrls.push(`${entry} (${reason})`);
      }
      remain = parsed.remain;
      start += count;
    }
    if (remain !== undefined) outcome.notes.push(`${remain} left of today's quota`);
    if (refusedUrls.length > 0 && !outcome.failure) {
      outcome.failure = `refused ${refusedUrls.join(', ')}`;
    } else if (refusedUrls.length > 0) {
      outcome.notes.push(`refused: ${refusedUrls.join(', ')}`);
    }
    return outcome;
  };
}
