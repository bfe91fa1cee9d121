/**
 * One HTTP call made resilient, the same way for every adapter: throttling (429, 503 with
 * `Retry-After`) is retried after `Retry-After` or with backoff and jitter; a gateway's 502/503/504
 * and a network error or timeout, which leave a write's outcome unknown, are retried only for
 * requests the caller declares safe to replay. Attempts and the total wait are bounded by the
 * {@link RetryPolicy}. The last response is returned whatever its status, so each adapter turns it
 * into its own typed error; a network error is thrown when it cannot be retried.
 */
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

export interface ResilienceOptions {
  readonly policy?: RetryPolicy;
  /** Waits `ms`; injected so tests run instantly. Default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Values in [0, 1) for the backoff jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** Epoch ms, to read a `Retry-After` date. Default `Date.now`. */
  readonly now?: () => number;
  /** The transport. Default the global `fetch` (browsers, Node 18+). */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Per-attempt timeout, ms; none by default. A timeout counts as a network error. */
  readonly timeoutMs?: number;
  /** Headers added to every attempt (telemetry, see `telemetryHeaders`). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly onRetry?: (event: RetryEvent) => void;
}

/** Waits `ms` on a timer: the one sleep of every retry round (batch rounds included). */
export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends `init` to `url` until it is answered for good (see the module comment).
 *
 * @param replaySafe true when sending the request twice does no harm (reads; writes keyed so that a
 *   replay is refused or changes nothing): then an unknown outcome is retried too
 * @returns the last response (ok, not retryable, or still refused when the policy is used up)
 * @throws the transport's error for a network failure that is not retried; an `AbortError` (a
 *   caller's cancel) at once
 */
export async function resilientFetch(url: string, init: RequestInit, replaySafe: boolean, options: ResilienceOptions = {}): Promise<Response> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  const transport = options.fetch ?? ((u: string, i: RequestInit) => fetch(u, i));
  const method = init.method ?? 'GET';
  let attempts = 0;
  let waitedMs = 0;
  for (;;) {
    let response: Response | undefined;
    let failure: unknown;
    const attemptInit: RequestInit = {
      ...init,
      ...(options.headers ? { headers: { ...(init.headers as Record<string, string> | undefined), ...options.headers } } : {}),
      ...(options.timeoutMs !== undefined ? { signal: AbortSignal.timeout(options.timeoutMs) } : {})
    };
    try {
      response = await transport(url, attemptInit);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      if (!replaySafe) throw error;
      failure = error;
    }
    attempts++;
    if (response && response.ok) return response;
    const retryAfter = response?.headers.get('Retry-After') ?? undefined;
    // A request that is not safe to replay is retried only when the service said it did not act.
    if (response && !replaySafe && !isRefusedBeforeActing(response.status, retryAfter)) return response;
    const delay = retryDelay({ status: response?.status, retryAfter, attempts, waitedMs }, policy, now(), random);
    if (delay === undefined) {
      if (response) return response;
      throw failure;
    }
    // Drain the refused body so the connection can be reused.
    if (response) await response.arrayBuffer().catch(() => undefined);
    options.onRetry?.({ url, method, status: response?.status, retry: attempts, delayMs: delay });
    await sleep(delay);
    waitedMs += delay;
  }
}
