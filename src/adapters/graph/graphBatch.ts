import type { Client } from '@microsoft/microsoft-graph-client';
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { APP_PUBLISHER, APP_VERSION, telemetryHeaders, wait } from '../http';
import { planBatchRetry, type BatchRetryOptions, type BatchSubResponse } from './batchRetryPlan';

/** Graph refuses a `$batch` of more than 20 requests (400). */
export const MAX_BATCH_SIZE = 20;

/** One GET of a batch; `url` is relative to the version root, e.g. `/users/ann%40x/calendarView/delta?...`. */
export interface BatchGet {
  readonly id: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Posts one `$batch` of at most 20 GETs and returns its sub-responses. */
export interface BatchTransport {
  post(requests: readonly BatchGet[]): Promise<readonly BatchSubResponse[]>;
}

/**
 * A {@link BatchTransport} over the Graph JS client (SPFx's MSGraphClientV3 or `Client.init` in Node).
 * The client's RetryHandler resends the whole POST on 429/503/504, which is safe here because every
 * sub-request is a read; it is allowed its maximum of 10 retries so a throttled batch is not lost.
 * Outside browsers the POST carries the app's `User-Agent` decoration (the resilience module's).
 */
export function clientBatchTransport(client: Client): BatchTransport {
  return {
    async post(requests) {
      const answer = (await client
        .api('/$batch')
        .headers(telemetryHeaders({ publisher: APP_PUBLISHER, version: APP_VERSION }, false))
        .middlewareOptions([new RetryHandlerOptions(1, 10)])
        .post({ requests: requests.map((r) => ({ id: r.id, method: 'GET', url: r.url, ...(r.headers ? { headers: r.headers } : {}) })) })) as { responses?: BatchSubResponse[] };
      return answer.responses ?? [];
    }
  };
}

export interface BatchRunOptions extends BatchRetryOptions {
  readonly sleep?: (ms: number) => Promise<void>;
  /** Clock for `Retry-After` dates, epoch ms. */
  readonly now?: () => number;
}

export interface BatchRunResult {
  /** The final answer of every request, by id (status 0: the batch itself failed, `body` holds the message). */
  readonly responses: ReadonlyMap<string, BatchSubResponse>;
  /** `$batch` POSTs made (not counting the client's own resends of a throttled POST). */
  readonly posts: number;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Runs GETs in `$batch`es of at most 20, retrying each throttled sub-request on its own (see
 * {@link planBatchRetry}); retries of several batches are regrouped into full batches. A batch whose
 * POST fails after the client's retries answers every request in it with status 0, so the caller fails
 * those sources only and keeps their sync state (nothing is lost: the next run reads them again).
 *
 * Ids must be unique across `requests`.
 */
export async function getInBatches(transport: BatchTransport, requests: readonly BatchGet[], options: BatchRunOptions = {}): Promise<BatchRunResult> {
  const sleep = options.sleep ?? wait;
  const now = options.now ?? (() => Date.now());
  const byId = new Map(requests.map((r) => [r.id, r]));
  const responses = new Map<string, BatchSubResponse>();
  let pending: readonly BatchGet[] = requests;
  let posts = 0;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const round: BatchSubResponse[] = [];
    for (const chunk of chunks(pending, MAX_BATCH_SIZE)) {
      posts += 1;
      try {
        const answers = await transport.post(chunk);
        const answered = new Map(answers.map((a) => [a.id, a]));
        // A sub-request the answer forgot is treated as throttled: sent again, never dropped.
        for (const request of chunk) round.push(answered.get(request.id) ?? { id: request.id, status: 503 });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        for (const request of chunk) responses.set(request.id, { id: request.id, status: 0, body: { error: { code: 'batchFailed', message } } });
      }
    }
    const plan = planBatchRetry(round, attempt, now(), options);
    for (const response of round) if (!plan.retry.includes(response.id)) responses.set(response.id, response);
    pending = plan.retry.map((id) => byId.get(id)).filter((r): r is BatchGet => r !== undefined);
    if (pending.length > 0 && plan.waitMs > 0) await sleep(plan.waitMs);
  }
  return { responses, posts };
}
