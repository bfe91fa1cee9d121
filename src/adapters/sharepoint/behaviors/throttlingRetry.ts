import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { resilientFetch, type ResilienceOptions } from '../../http';

export type { RetryEvent } from '../../http';

/** The resilience options of every adapter ({@link ResilienceOptions}), applied to PnPjs' send moment. */
export type ThrottlingRetryOptions = Omit<ResilienceOptions, 'headers' | 'timeoutMs'>;

const BATCH_URL = /\/_api\/\$batch(\?|$)/i;

/**
 * May a request whose outcome is unknown (the connection dropped after sending, or a gateway's
 * 502/504) be sent again? Reads are; `$batch` bodies are too, because every write this product
 * batches is keyed by a unique column (a replayed add is refused as a duplicate) or is a MERGE of
 * the same values; so is a single MERGE that matches any version (`If-Match: *`): applying the same
 * values twice leaves the item as once. Other single writes (an add, a blueprint save under its ETag,
 * a list creation) are not replayed blind: their callers decide.
 *
 * @param headers the request's headers (reads `X-HTTP-Method` and `If-Match`, any case)
 */
export function isReplaySafe(url: string, method: string, headers: HeadersInit = {}): boolean {
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD' || BATCH_URL.test(url)) return true;
  const read = new Headers(headers);
  return m === 'POST' && read.get('X-HTTP-Method')?.toUpperCase() === 'MERGE' && (read.get('If-Match') ?? '*').trim() === '*';
}

/**
 * PnPjs send behavior that retries throttled calls (429, 503 with `Retry-After`) honouring
 * `Retry-After` in seconds or as an HTTP date, otherwise with exponential backoff and jitter; a
 * gateway's 502/503/504 and a network error, which leave a write's outcome unknown, only for requests
 * safe to replay ({@link isReplaySafe}). Attempts and total wait are bounded ({@link RetryPolicy}).
 * After the last attempt (or at once, for an unknown outcome of a write not safe to replay) the last
 * response is returned, so PnPjs' parser raises its usual `HttpRequestError` carrying the real status.
 *
 * Deliberately replaces PnPjs' own `BrowserFetchWithRetry`/`NodeFetchWithRetry` (which `SPFx()` and
 * `SPDefault()` install): those read `Retry-After` only as seconds (an HTTP date becomes `NaN`, i.e.
 * no wait), add no jitter, do not bound the total wait and replay any request after a network error.
 * Apply it after `SPFx(context)` / the default behaviors: it clears the send moment first.
 */
export function ThrottlingRetry(options: ThrottlingRetryOptions = {}): TimelinePipe<Queryable<unknown>> {
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async (url: URL, init: RequestInit): Promise<Response> => {
      const target = url.toString();
      // A $batch whose outcome is unknown goes back to the batch writer rather than being replayed
      // here: it knows which writes the batch carried and counts a replay's duplicates as its own.
      const replaySafe = isReplaySafe(target, init.method ?? 'GET', init.headers) && !BATCH_URL.test(target);
      return resilientFetch(target, init, replaySafe, options);
    });
    return instance;
  };
}
