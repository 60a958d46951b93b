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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * POSTs, and tries again after a 5xx, a 429, a network error or a time-out, waiting longer each
 * time. Returns the first other answer; throws with the last reason when every attempt failed.
 */
export async function postWithRetry(url: string, init: { headers: Record<string, string>; body: string }, policy: RetryPolicy): Promise<HttpAnswer> {
  let failure = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) await sleep(policy.delayMs * 2 ** (attempt - 2));
    try {
      const response = await fetch(url, { method: 'POST', ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
      const answer = { status: response.status, body: await response.text() };
      if (!isTransient(answer.status)) return answer;
      failure = `HTTP ${answer.status}`;
    } catch (error) {
      failure = describe(error, policy.timeoutMs);
    }
  }
  throw new Error(`${failure}, after ${policy.attempts} ${policy.attempts === 1 ? 'attempt' : 'attempts'}`);
}
