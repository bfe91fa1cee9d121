import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { DEFAULT_RETRY_POLICY, isRefusedBeforeActing, retryDelay, type RetryPolicy } from './retryPolicy';

/** What a retry looked like; for logs and for counting throttling in benchmarks. */
export interface RetryEvent {
  readonly url: string;
  readonly method: string;
  /** `undefined` for a network error. */
  readonly status: number | undefined;
  /** 1 for the first retry. */
  readonly retry: number;
  readonly delayMs: number;
}

export interface ThrottlingRetryOptions {
  readonly policy?: RetryPolicy;
  /** Waits `ms`; injected so tests run instantly. Default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Values in [0, 1) for the backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Epoch ms, to read a `Retry-After` date. Default `Date.now`. */
  readonly now?: () => number;
  /** The transport. Default the global `fetch` (browsers, Node 18+). */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  readonly onRetry?: (event: RetryEvent) => void;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  return (instance) => {
    instance.on.send.clear();
    instance.on.send(async (url: URL, init: RequestInit): Promise<Response> => {
      const transport = options.fetch ?? ((u: string, i: RequestInit) => fetch(u, i));
      const target = url.toString();
      const method = init.method ?? 'GET';
      // A $batch whose outcome is unknown goes back to the batch writer rather than being replayed
      // here: it knows which writes the batch carried and counts a replay's duplicates as its own.
      const replaySafe = isReplaySafe(target, method, init.headers) && !BATCH_URL.test(target);
      let attempts = 0;
      let waitedMs = 0;
      for (;;) {
        let response: Response | undefined;
        let failure: unknown;
        try {
          response = await transport(target, init);
        } catch (error) {
          if (error instanceof Error && error.name === 'AbortError') throw error;
          if (!replaySafe) throw error;
          failure = error;
        }
        attempts++;
        if (response && response.ok) return response;
        // A write that is not safe to replay is retried only when the service said it did not act.
        if (response && !replaySafe && !isRefusedBeforeActing(response.status, response.headers.get('Retry-After') ?? undefined)) return response;
        const delay = retryDelay({ status: response?.status, retryAfter: response?.headers.get('Retry-After') ?? undefined, attempts, waitedMs }, policy, now(), random);
        if (delay === undefined) {
          if (response) return response;
          throw failure;
        }
        // Drain the refused body so the connection can be reused.
        if (response) await response.arrayBuffer().catch(() => undefined);
        options.onRetry?.({ url: target, method, status: response?.status, retry: attempts, delayMs: delay });
        await sleep(delay);
        waitedMs += delay;
      }
    });
    return instance;
  };
}
