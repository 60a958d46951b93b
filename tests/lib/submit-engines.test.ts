import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BAIDU_BATCH_SIZE, baiduEngine } from '../../lib/submit/baidu';
import { INDEXNOW_BATCH_SIZE, indexNowEngine } from '../../lib/submit/indexnow';
import { retryAfterMs, retryWait } from '../../lib/submit/post-with-retry';
import { startSearchEngineMock } from '../support/search-engine-mock';

const policy = { attempts: 2, delayMs: 5, timeoutMs: 2000 };
const urls = (count: number) => Array.from({ length: count }, (_, n) => `https://minsheng.example/issues/2024-12-09/a-${n}`);
let mock: Awaited<ReturnType<typeof startSearchEngineMock>>;

beforeEach(async () => {
  mock = await startSearchEngineMock();
});
afterEach(() => mock.stop());

describe('large lists go in batches each API takes', () => {
  it(`Baidu: ${BAIDU_BATCH_SIZE} URLs a request, each batch recorded as it is accepted`, async () => {
    const engine = baiduEngine({ endpoint: `${mock.url}/baidu/urls`, site: 'https://minsheng.example', token: 'unit-test-token' }, policy);
    const recorded: number[] = [];
    const outcome = await engine.push(urls(4500), (accepted) => recorded.push(accepted.length));
    expect(mock.requestsTo('/baidu/urls').map((request) => request.body.split('\n').length)).toEqual([2000, 2000, 500]);
    expect(recorded).toEqual([2000, 2000, 500]);
    expect(outcome).toEqual({ accepted: 4500, notes: ["2000 left of today's quota"] });
  });

  it('Baidu: never more in one request than the quota it last reported', async () => {
    let quota = 2500;
    mock.answers.baidu = (request) => {
      const count = request.body.split('\n').length;
      quota -= count;
      return { status: 200, body: { success: count, remain: quota } };
    };
    const engine = baiduEngine({ endpoint: `${mock.url}/baidu/urls`, site: 'https://minsheng.example', token: 'unit-test-token' }, policy);
    const outcome = await engine.push(urls(4500), () => {});
    expect(mock.requestsTo('/baidu/urls').map((request) => request.body.split('\n').length)).toEqual([2000, 500]);
    expect(outcome.accepted).toBe(2500);
    expect(outcome.failure).toBe("the day's quota is used up (remain 0)");
  });

  it(`IndexNow: ${INDEXNOW_BATCH_SIZE.toLocaleString('en-US')} URLs a request`, async () => {
    const engine = indexNowEngine({ endpoint: `${mock.url}/indexnow`, host: 'minsheng.example', key: 'k'.repeat(8), keyLocation: 'https://minsheng.example/kkkkkkkk.txt' }, policy);
    const outcome = await engine.push(urls(INDEXNOW_BATCH_SIZE + 1), () => {});
    expect(mock.requestsTo('/indexnow').map((request) => JSON.parse(request.body).urlList.length)).toEqual([INDEXNOW_BATCH_SIZE, 1]);
    expect(outcome.accepted).toBe(INDEXNOW_BATCH_SIZE + 1);
  });
});

describe('waits between attempts', () => {
  const policy = { attempts: 4, delayMs: 1000, timeoutMs: 2000 };

  it('double each time and are spread over half to one and a half times that', () => {
    expect([2, 3, 4].map((attempt) => retryWait(attempt, policy, undefined, () => 0))).toEqual([500, 1000, 2000]);
    expect([2, 3, 4].map((attempt) => retryWait(attempt, policy, undefined, () => 0.999))).toEqual([1499, 2998, 5996]);
    expect(retryWait(2, policy, undefined, () => 0.5)).toBe(1000);
  });

  it('are never shorter than the server’s Retry-After, in seconds or as a date', () => {
    expect(retryWait(2, policy, retryAfterMs('7'), () => 0)).toBe(7000);
    expect(retryAfterMs('Sun, 30 Nov 2026 12:00:30 GMT', Date.parse('2026-11-30T12:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('Sun, 30 Nov 2026 11:00:00 GMT', Date.parse('2026-11-30T12:00:00Z'))).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
