import { ValueNetworksError } from '../../core';
import { AlertDeliveryError } from '../../services';

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

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `Retry-After` in ms: seconds or an HTTP date; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number {
  if (header === undefined) return 1000;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1000 : Math.max(0, at - nowMs);
}

/**
 * True when a refusal says the service did not act: 429, and 503 with `Retry-After` (how Graph and
 * the Workflows endpoint throttle). A 503 without it may come from a gateway after the request was
 * delivered, like a 502 or 504.
 */
function refusedBeforeActing(response: Response): boolean {
  return response.status === 429 || (response.status === 503 && (response.headers.get('Retry-After') ?? '').trim() !== '');
}

/**
 * POSTs JSON once per attempt, never letting a library retry on its own: 429, and 503 with
 * `Retry-After`, mean Graph (and the Workflows endpoint) refused before acting, so they are retried
 * after `Retry-After`; a timeout, a dropped connection or another 5xx (a 503 without `Retry-After`
 * included) may have delivered and is reported as `unknown` for the AlertLog protocol to resolve; any
 * other 4xx is `not-delivered`.
 *
 * @returns the parsed JSON answer (`{}` for an empty 2xx body)
 * @throws AlertDeliveryError
 */
export async function postDelivery(url: string, body: unknown, options: DeliveryHttpOptions = {}): Promise<Record<string, unknown>> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const maxRetries = options.maxRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.token) headers.Authorization = `Bearer ${await options.token()}`;
    let response: Response;
    try {
      response = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error) {
      throw new AlertDeliveryError('unknown', `No answer from ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.ok) {
      const text = await response.text().catch(() => '');
      return text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    }
    const detail = await response.text().catch(() => '');
    if (refusedBeforeActing(response)) {
      if (attempt >= maxRetries) throw new AlertDeliveryError('not-delivered', `Still throttled (${response.status}) after ${maxRetries} retries.`, response.status);
      await sleep(retryAfterMs(response.headers.get('Retry-After') ?? undefined, Date.now()));
      continue;
    }
    throw new AlertDeliveryError(response.status >= 500 ? 'unknown' : 'not-delivered', `${response.status}: ${detail.slice(0, 300)}`, response.status);
  }
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
 * GETs JSON, retrying 429 and 503 after `Retry-After`, and a dropped connection, a timeout or a
 * gateway's 502/504 at once (reads are safe to repeat), `maxRetries` times in all.
 *
 * @throws DeliveryLookupError for any other failure (4xx, other 5xx) or after the retries
 */
export async function getJson(url: string, options: DeliveryHttpOptions = {}): Promise<Record<string, unknown>> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const maxRetries = options.maxRetries ?? 5;
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.token) headers.Authorization = `Bearer ${await options.token()}`;
    let response: Response;
    try {
      response = await doFetch(url, { method: 'GET', headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error) {
      if (attempt < maxRetries) continue;
      throw new DeliveryLookupError(`No answer from ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.ok) return (await response.json()) as Record<string, unknown>;
    const detail = await response.text().catch(() => '');
    if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
      await sleep(retryAfterMs(response.headers.get('Retry-After') ?? undefined, Date.now()));
      continue;
    }
    if ((response.status === 502 || response.status === 504) && attempt < maxRetries) continue;
    throw new DeliveryLookupError(`${response.status}: ${detail.slice(0, 300)}`, response.status);
  }
}
