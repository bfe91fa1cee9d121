import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './retryPolicy';

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

/**
 * May a request whose outcome is unknown (the connection dropped after sending) be sent again?
 * Reads are; `$batch` bodies are too, because every write this product batches is keyed by a
 * unique column (a replayed add is refused as a duplicate) or is a MERGE of the same values.
 * Single writes (a blueprint save, a list creation) are not replayed blind.
 */
export function isReplaySafe(url: string, method: string): boolean {
  const m = method.toUpperCase();
  return m === 'GET' || m === 'HEAD' || /\/_api\/\$batch(\?|$)/i.test(url);
}

/**
 * PnPjs send behavior that retries throttled calls (429, 503, 504) honouring `Retry-After` in
 * seconds or as an HTTP date, otherwise with exponential backoff and jitter; attempts and total
 * wait are bounded ({@link RetryPolicy}). After the last attempt the last response is returned, so
 * PnPjs' parser raises its usual `HttpRequestError` carrying the real status.
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
      let attempts = 0;
      let waitedMs = 0;
      for (;;) {
        let response: Response | undefined;
        let failure: unknown;
        try {
          response = await transport(target, init);
        } catch (error) {
          if (error instanceof Error && error.name === 'AbortError') throw error;
          if (!isReplaySafe(target, method)) throw error;
          failure = error;
        }
        attempts++;
        if (response && response.ok) return response;
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
