/**
 * The retry plan of one JSON `$batch` round. Graph throttles each sub-request on its own: a batch can
 * answer 200 with some responses 429 (or 503/504) and the others done, so only the refused ones are
 * sent again, after the longest `Retry-After` among them. Pure: the caller passes the clock reading.
 */
import { parseRetryAfter } from '../http';

/** One sub-response of a `$batch` answer (header names as Graph sends them, any case). */
export interface BatchSubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface BatchRetryOptions {
  /** Rounds a sub-request may go through in total (first try included); default 8. */
  readonly maxAttempts?: number;
  /** Wait when a refused answer carries no `Retry-After`, ms, doubled per attempt; default 1,000. */
  readonly fallbackDelayMs?: number;
  /** Upper bound of one wait, ms; default 180,000 (the Graph client's own cap). */
  readonly maxDelayMs?: number;
}

export interface BatchRetryPlan {
  /** Ids whose answer is final (success, or an error that retrying cannot change). */
  readonly settled: readonly string[];
  /** Ids to send again after `waitMs`. */
  readonly retry: readonly string[];
  /** Ids still refused after `maxAttempts` rounds: their last answer is final, reported as a failure. */
  readonly exhausted: readonly string[];
  /** Milliseconds to wait before the retry round; 0 when nothing is retried. */
  readonly waitMs: number;
}

/** Statuses that mean "refused before acting": safe to resend for the reads a sync batches. */
export const RETRYABLE_STATUSES: readonly number[] = [429, 503, 504];

function header(headers: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/**
 * `Retry-After` in ms: delta-seconds (`"7"` -> 7,000) or an HTTP date relative to `nowMs` (past dates
 * give 0); `undefined` when absent or unreadable. The resilience module's reading, named for this plan.
 */
export function retryAfterDelayMs(value: string | undefined, nowMs: number): number | undefined {
  return parseRetryAfter(value, nowMs);
}

/**
 * Plans the next round after `attempt` rounds (1 after the first POST).
 *
 * - 429, 503, 504 with attempts left: retried; the wait is the largest `Retry-After` among them
 *   (without one: `fallbackDelayMs * 2^(attempt-1)`), capped at `maxDelayMs`.
 * - the same statuses after `maxAttempts` rounds: exhausted (never silently dropped).
 * - anything else (2xx, 410, 404...): settled.
 *
 * @param nowMs epoch ms, only to read `Retry-After` dates
 */
export function planBatchRetry(responses: readonly BatchSubResponse[], attempt: number, nowMs: number, options: BatchRetryOptions = {}): BatchRetryPlan {
  const maxAttempts = options.maxAttempts ?? 8;
  const fallback = (options.fallbackDelayMs ?? 1000) * 2 ** Math.max(0, attempt - 1);
  const settled: string[] = [];
  const retry: string[] = [];
  const exhausted: string[] = [];
  let waitMs = 0;
  for (const response of responses) {
    if (!RETRYABLE_STATUSES.includes(response.status)) {
      settled.push(response.id);
      continue;
    }
    if (attempt >= maxAttempts) {
      exhausted.push(response.id);
      continue;
    }
    retry.push(response.id);
    waitMs = Math.max(waitMs, retryAfterDelayMs(header(response.headers, 'retry-after'), nowMs) ?? fallback);
  }
  return { settled, retry, exhausted, waitMs: retry.length === 0 ? 0 : Math.min(waitMs, options.maxDelayMs ?? 180_000) };
}
