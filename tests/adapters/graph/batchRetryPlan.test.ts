import { planBatchRetry, retryAfterDelayMs } from '../../../src/adapters/graph/batchRetryPlan';

const NOW = Date.UTC(2026, 9, 31, 12, 0, 0);

describe('retryAfterDelayMs', () => {
  it('reads delta-seconds, HTTP dates relative to now, and nothing else', () => {
    expect(retryAfterDelayMs('7', NOW)).toBe(7000);
    expect(retryAfterDelayMs(' 0 ', NOW)).toBe(0);
    expect(retryAfterDelayMs('Sat, 31 Oct 2026 12:00:05 GMT', NOW)).toBe(5000);
    expect(retryAfterDelayMs('Sat, 31 Oct 2026 11:00:00 GMT', NOW)).toBe(0);
    expect(retryAfterDelayMs('soon', NOW)).toBeUndefined();
    expect(retryAfterDelayMs(undefined, NOW)).toBeUndefined();
  });
});

describe('planBatchRetry', () => {
  it('retries only the throttled sub-requests, after the longest Retry-After among them', () => {
    const plan = planBatchRetry(
      [
        { id: 'a', status: 200 },
        { id: 'b', status: 429, headers: { 'Retry-After': '3' } },
        { id: 'c', status: 503, headers: { 'retry-after': '5' } },
        { id: 'd', status: 410 },
        { id: 'e', status: 504 }
      ],
      1,
      NOW
    );
    expect(plan).toEqual({ settled: ['a', 'd'], retry: ['b', 'c', 'e'], exhausted: [], waitMs: 5000 });
  });

  it('doubles the fallback wait per attempt when no Retry-After is given, capped', () => {
    expect(planBatchRetry([{ id: 'a', status: 429 }], 1, NOW).waitMs).toBe(1000);
    expect(planBatchRetry([{ id: 'a', status: 429 }], 3, NOW).waitMs).toBe(4000);
    expect(planBatchRetry([{ id: 'a', status: 429 }], 3, NOW, { fallbackDelayMs: 200, maxDelayMs: 500 }).waitMs).toBe(500);
    expect(planBatchRetry([{ id: 'a', status: 429, headers: { 'Retry-After': '600' } }], 1, NOW).waitMs).toBe(180_000);
  });

  it('reports sub-requests still throttled after the last attempt as exhausted, and waits 0 when nothing is retried', () => {
    expect(planBatchRetry([{ id: 'a', status: 429 }, { id: 'b', status: 200 }], 8, NOW)).toEqual({ settled: ['b'], retry: [], exhausted: ['a'], waitMs: 0 });
    expect(planBatchRetry([{ id: 'a', status: 429 }], 2, NOW, { maxAttempts: 2 })).toEqual({ settled: [], retry: [], exhausted: ['a'], waitMs: 0 });
    expect(planBatchRetry([], 1, NOW)).toEqual({ settled: [], retry: [], exhausted: [], waitMs: 0 });
  });
});
