import { ValueNetworksError } from '../../core';
import { AlertDeliveryError } from '../../services';
import { APP_PUBLISHER, APP_VERSION, DEFAULT_RETRY_POLICY, isRefusedBeforeActing, resilientFetch, telemetryHeaders, type RetryPolicy } from '../http';

/** How a delivery POST is made; `fetch` and `sleep` are injectable for tests. */
export interface DeliveryHttpOptions {
  /** Bearer token provider (Graph); absent for a Workflows webhook, whose URL is its credential. */
  readonly token?: () => Promise<string>;
  /** Per-request timeout, ms (default 30 s); keep it well under the AlertLog claim lease. */
  readonly timeoutMs?: number;
  /** Retries of 429 and 503 (default 5). */
  readonly maxRetries?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The resilience module's policy with this delivery's retry count, and the app's decoration. */
function resilience(options: DeliveryHttpOptions): Parameters<typeof resilientFetch>[3] {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxAttempts: (options.maxRetries ?? 5) + 1 };
  return {
    policy,
    sleep: options.sleep,
    fetch: options.fetch ? (url, init) => (options.fetch as typeof fetch)(url, init) : undefined,
    timeoutMs: options.timeoutMs ?? 30_000,
    headers: telemetryHeaders({ publisher: APP_PUBLISHER, version: APP_VERSION }, false)
  };
}

const describeFailure = (url: string, error: unknown): string => `No answer from ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`;

/**
 * POSTs JSON through the resilience module, never letting a library retry on its own: 429, and 503
 * with `Retry-After`, mean Graph (and the Workflows endpoint) refused before acting, so they are
 * retried after `Retry-After`; a timeout, a dropped connection or another 5xx (a 503 without
 * `Retry-After` included) may have delivered and is reported as `unknown` for the AlertLog protocol to
 * resolve; any other 4xx is `not-delivered`.
 *
 * @returns the parsed JSON answer (`{}` for an empty 2xx body)
 * @throws AlertDeliveryError
 */
export async function postDelivery(url: string, body: unknown, options: DeliveryHttpOptions = {}): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${await options.token()}`;
  let response: Response;
  try {
    response = await resilientFetch(url, { method: 'POST', headers, body: JSON.stringify(body) }, false, resilience(options));
  } catch (error) {
    throw new AlertDeliveryError('unknown', describeFailure(url, error));
  }
  if (response.ok) {
    const text = await response.text().catch(() => '');
    return text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  }
  const detail = await response.text().catch(() => '');
  if (isRefusedBeforeActing(response.status, response.headers.get('Retry-After') ?? undefined)) {
    throw new AlertDeliveryError('not-delivered', `Still throttled (${response.status}) after ${options.maxRetries ?? 5} retries.`, response.status);
  }
  throw new AlertDeliveryError(response.status >= 500 ? 'unknown' : 'not-delivered', `${response.status}: ${detail.slice(0, 300)}`, response.status);
}

/** A read that failed after its retries (a look-up cannot decide, so the caller looks again later). */
export class DeliveryLookupError extends ValueNetworksError {
  public readonly status: number | undefined;

  public constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/**
 * GETs JSON through the resilience module: a read is safe to repeat, so 429 and 503 are retried
 * after `Retry-After`, and a dropped connection, a timeout or a gateway's 502/504 with backoff,
 * `maxRetries` times in all.
 *
 * @throws DeliveryLookupError for any other failure (4xx, other 5xx) or after the retries
 */
export async function getJson(url: string, options: DeliveryHttpOptions = {}): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${await options.token()}`;
  let response: Response;
  try {
    response = await resilientFetch(url, { method: 'GET', headers }, true, resilience(options));
  } catch (error) {
    throw new DeliveryLookupError(describeFailure(url, error));
  }
  if (response.ok) return (await response.json()) as Record<string, unknown>;
  const detail = await response.text().catch(() => '');
  throw new DeliveryLookupError(`${response.status}: ${detail.slice(0, 300)}`, response.status);
}
