/**
 * When and how long to wait before retrying a throttled call, as plain functions of their inputs
 * (no clock, no randomness of their own), so every adapter (SharePoint's PnPjs behavior and batch
 * writer, Graph's batch rounds, Teams, mail and webhook delivery) shares one rule and tests can check
 * exact delays. Follows Microsoft's guidance for SharePoint Online and Graph
 * throttling: honour `Retry-After` when present, otherwise back off exponentially.
 */

export interface RetryPolicy {
  /** Total attempts including the first one; 1 disables retries. */
  readonly maxAttempts: number;
  /** Backoff before the first retry when the server gives no `Retry-After`, ms. */
  readonly baseDelayMs: number;
  /** Upper bound of one backoff delay (not of a server's `Retry-After`), ms. */
  readonly maxDelayMs: number;
  /** Upper bound of all waits of one call together, ms: past it the call fails instead of waiting more. */
  readonly maxTotalWaitMs: number;
  /**
   * Statuses that mean "try again later". 502 and 504 (and a 503 without `Retry-After`) come from a
   * gateway and say nothing of whether the request was applied: they are retried only for requests
   * that are safe to replay (see `isReplaySafe` and {@link isRefusedBeforeActing}).
   */
  readonly retryStatuses: readonly number[];
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 300_000,
  retryStatuses: [429, 502, 503, 504]
};

/**
 * True when an error status says the service refused the request before acting on it: 429, and
 * 503 with `Retry-After` (how SharePoint Online and Graph throttle). Any other 5xx, and no answer at
 * all, leaves the outcome unknown: the write may have been applied and only its answer lost.
 */
export function isRefusedBeforeActing(status: number | undefined, retryAfter: string | undefined): boolean {
  return status === 429 || (status === 503 && retryAfter !== undefined && retryAfter.trim() !== '');
}

/**
 * Reads a `Retry-After` header (RFC 9110 section 10.2.3): either a number of seconds or an HTTP date.
 *
 * @param value the header value, or `undefined` when absent
 * @param now epoch ms, to turn a date into a delay
 * @returns the delay in ms (0 for a date in the past); `undefined` when absent or unreadable
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the date forms have letters; Date.parse would also read "12" as a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random, so
 * clients that were throttled together do not retry together yet never retry immediately.
 *
 * @param retry 1 for the first retry, 2 for the second...
 * @param random a function returning values in [0, 1)
 * @returns ms to wait: `step / 2 + random() * step / 2` where `step = min(maxDelayMs, baseDelayMs * 2^(retry-1))`
 */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

export interface RetryInput {
  /** HTTP status of the failed attempt; `undefined` for a network error (no response at all). */
  readonly status: number | undefined;
  readonly retryAfter: string | undefined;
  /** Attempts made so far (1 after the first failure). */
  readonly attempts: number;
  /** ms already spent waiting between earlier attempts of this call. */
  readonly waitedMs: number;
}

/**
 * Decides whether to retry and after how long.
 *
 * @param now epoch ms (reads an HTTP-date `Retry-After`)
 * @returns the wait in ms, or `undefined` to give up: status not retryable, attempts used up, or the
 *   wait would push the total past `maxTotalWaitMs`. A network error (`status` undefined) is retried
 *   with backoff; whether that is safe for the request is the caller's decision.
 */
export function retryDelay(input: RetryInput, policy: RetryPolicy, now: number, random: () => number): number | undefined {
  if (input.status !== undefined && !policy.retryStatuses.includes(input.status)) return undefined;
  if (input.attempts >= policy.maxAttempts) return undefined;
  const delay = parseRetryAfter(input.retryAfter, now) ?? backoffDelay(input.attempts, policy, random);
  if (input.waitedMs + delay > policy.maxTotalWaitMs) return undefined;
  return delay;
}
