import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, type RetryPolicy } from '../../../src/adapters/http/retryPolicy';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 8000, maxTotalWaitMs: 20_000, retryStatuses: [429, 503, 504] };

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('7', NOW)).toBe(7000);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120_000);
  });
  it('reads an HTTP date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:05 GMT', NOW)).toBe(5000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:59:00 GMT', NOW)).toBe(0);
  });
  it('ignores absent, negative and unreadable values', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('-3', NOW)).toBeUndefined();
    expect(parseRetryAfter('1.5', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
  });
});

describe('backoffDelay (equal jitter)', () => {
  it('doubles per retry, half fixed and half random', () => {
    expect([1, 2, 3, 4].map((r) => backoffDelay(r, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((r) => backoffDelay(r, policy, () => 0.5))).toEqual([750, 1500, 3000, 6000]);
  });
  it('caps the step at maxDelayMs', () => {
    expect(backoffDelay(10, policy, () => 0.999)).toBe(7996);
  });
});

describe('retryDelay', () => {
  const half = (): number => 0.5;
  it('prefers Retry-After in seconds over backoff', () => {
    expect(retryDelay({ status: 429, retryAfter: '3', attempts: 1, waitedMs: 0 }, policy, NOW, half)).toBe(3000);
  });
  it('prefers Retry-After as an HTTP date over backoff', () => {
    expect(retryDelay({ status: 503, retryAfter: 'Wed, 01 May 2024 12:00:02 GMT', attempts: 1, waitedMs: 0 }, policy, NOW, half)).toBe(2000);
  });
  it('backs off without Retry-After, also after a network error', () => {
    expect(retryDelay({ status: 504, retryAfter: undefined, attempts: 2, waitedMs: 0 }, policy, NOW, half)).toBe(1500);
    expect(retryDelay({ status: undefined, retryAfter: undefined, attempts: 1, waitedMs: 0 }, policy, NOW, half)).toBe(750);
  });
  it('gives up on other statuses, after maxAttempts, and past the total wait', () => {
    expect(retryDelay({ status: 500, retryAfter: '1', attempts: 1, waitedMs: 0 }, policy, NOW, half)).toBeUndefined();
    expect(retryDelay({ status: 429, retryAfter: '1', attempts: 4, waitedMs: 0 }, policy, NOW, half)).toBeUndefined();
    expect(retryDelay({ status: 429, retryAfter: '10', attempts: 2, waitedMs: 10_001 }, policy, NOW, half)).toBeUndefined();
    expect(retryDelay({ status: 429, retryAfter: '10', attempts: 2, waitedMs: 10_000 }, policy, NOW, half)).toBe(10_000);
  });
  it('has documented defaults', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual({ maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalWaitMs: 300_000, retryStatuses: [429, 502, 503, 504] });
  });
});
