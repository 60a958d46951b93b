/** How hard to try: attempts in all, the first wait between them (doubling), and each request's time limit. */
export type RetryPolicy = { attempts: number; delayMs: number; timeoutMs: number };

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, delayMs: 2000, timeoutMs: 30_000 };

/** `SUBMIT_RETRIES` (after the first attempt), `SUBMIT_RETRY_DELAY_MS`, `SUBMIT_TIMEOUT_MS`. */
export function retryPolicyFromEnv(env: Record<string, string | undefined> = process.env): RetryPolicy {
  const number = (name: string, fallback: number) => {
    const value = env[name]?.trim();
    if (!value) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name}=${value}: must be a whole number, 0 or more`);
    return parsed;
  };
  return {
    attempts: number('SUBMIT_RETRIES', DEFAULT_RETRY_POLICY.attempts - 1) + 1,
    delayMs: number('SUBMIT_RETRY_DELAY_MS', DEFAULT_RETRY_POLICY.delayMs),
    timeoutMs: number('SUBMIT_TIMEOUT_MS', DEFAULT_RETRY_POLICY.timeoutMs),
  };
}

export type HttpAnswer = { status: number; body: string };

/** Worth another try: the server's trouble (5xx) or too many requests (429). */
const isTransient = (status: number) => status >= 500 || status === 429;

/** The longest `Retry-After` waited for; a server asking more is given up on for this run. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in milliseconds from now: a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before attempt `attempt` (2, 3…): the policy's delay doubled each time, spread over half
 * to one and a half times that so that many sites' retries do not arrive together, and never less
 * than the server's `Retry-After`.
 */
export function retryWait(attempt: number, policy: RetryPolicy, serverAsked?: number, random: () => number = Math.random): number {
  const backoff = policy.delayMs * 2 ** (attempt - 2) * (0.5 + random());
  return Math.round(Math.max(backoff, serverAsked ?? 0));
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * POSTs, and tries again after a 5xx, a 429, a network error or a time-out, waiting longer each
 * time (retryWait). Returns the first other answer; throws with the last reason when every attempt
 * failed, or at once when the server asks to wait longer than MAX_RETRY_AFTER_MS.
 */
export async function postWithRetry(url: string, init: { headers: Record<string, string>; body: string }, policy: RetryPolicy): Promise<HttpAnswer> {
  let failure = '';
  let serverAsked: number | undefined;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) await sleep(retryWait(attempt, policy, serverAsked));
    serverAsked = undefined;
    try {
      const response = await fetch(url, { method: 'POST', ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
      const answer = { status: response.status, body: await response.text() };
      if (!isTransient(answer.status)) return answer;
      failure = `HTTP ${answer.status}`;
      serverAsked = retryAfterMs(response.headers.get('retry-after'));
      if (serverAsked !== undefined && serverAsked > MAX_RETRY_AFTER_MS) {
        throw new RetryRefused(`HTTP ${answer.status}, asked to wait ${Math.round(serverAsked / 1000)} s (Retry-After); try again later`);
      }
    } catch (error) {
      if (error instanceof RetryRefused) throw error;
      failure = describe(error, policy.timeoutMs);
    }
  }
  throw new Error(`${failure}, after ${policy.attempts} ${policy.attempts === 1 ? 'attempt' : 'attempts'}`);
}

class RetryRefused extends Error {}
