import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { DEFAULT_RETRY_POLICY, isRefusedBeforeActing, retryDelay, wait, type RetryPolicy } from '../http';
import { isDuplicateValueError, retryAfterOf, statusOf } from './spErrors';

/** One request to send inside a `$batch`, identified by `key` in the outcome. */
export interface BatchOperation<T> {
  readonly key: string;
  /** Issues the request on the batched client it is given (and nothing else). */
  run(sp: SPFI): Promise<T>;
}

export type BatchOutcome<T> =
  | { readonly key: string; readonly kind: 'ok'; readonly value: T }
  /**
   * Refused by a unique column: the record is stored already. `afterLostAnswer`: an earlier attempt
   * of this call may have stored it (its batch's answer was lost), so it is most likely this call's
   * own write, and callers count it as written by them (re-analysing on that side is the safe one).
   */
  | { readonly key: string; readonly kind: 'duplicate'; readonly afterLostAnswer?: true }
  | { readonly key: string; readonly kind: 'failed'; readonly error: unknown };

export interface BatchOptions {
  /** Requests per `$batch` (SharePoint allows 1,000; 100 keeps bodies and server time small). Default 100. */
  readonly batchSize?: number;
  readonly policy?: RetryPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
}

export const DEFAULT_BATCH_SIZE: number = 100;

interface Entry<T> {
  readonly op: BatchOperation<T>;
  readonly index: number;
  attempts: number;
  waitedMs: number;
  /** An attempt went out in a batch whose answer was lost: it may have been applied. */
  mayHaveLanded: boolean;
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };


/** Sends one chunk as one `$batch`; returns each entry's result, or `undefined` when the whole batch failed. */
async function sendChunk<T>(sp: SPFI, chunk: readonly Entry<T>[], batchSize: number): Promise<{ settled: Map<Entry<T>, Settled<T>>; batchError?: unknown }> {
  const [batched, execute] = sp.batched({ maxRequests: batchSize });
  const settled = new Map<Entry<T>, Settled<T>>();
  const watched = chunk.map((entry) =>
    entry.op.run(batched).then(
      (value) => {
        settled.set(entry, { ok: true, value });
      },
      (error: unknown) => {
        settled.set(entry, { ok: false, error });
      }
    )
  );
  try {
    await execute();
  } catch (batchError) {
    // The $batch request itself failed (after the send behavior's own retries): the parts' promises
    // never settle and their outcome on the server is unknown.
    return { settled, batchError };
  }
  await Promise.all(watched);
  return { settled };
}

/**
 * Runs many writes as `$batch` requests of `batchSize` and retries only the parts that need it.
 *
 * SharePoint's `$batch` is not transactional: each part succeeds or fails alone, and throttled parts
 * come back as 429/503 inside a 200 batch. Those parts (and the parts of a batch whose answer was
 * lost: no answer, or a gateway's 502/503/504, after which any part may have been applied) are sent
 * again in the next round, after the longest `Retry-After` among them or a backoff, within the
 * {@link RetryPolicy}'s bounds per part. Replaying a part whose first attempt did land is safe
 * because every batched write of this product is keyed by a unique column: the replay is refused as
 * a duplicate and reported as `duplicate` (with `afterLostAnswer`), never written twice.
 *
 * @returns one outcome per operation, in input order
 */
export async function runInBatches<T>(sp: SPFI, operations: readonly BatchOperation<T>[], options: BatchOptions = {}): Promise<BatchOutcome<T>[]> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  const outcomes: BatchOutcome<T>[] = new Array(operations.length);
  let pending: Entry<T>[] = operations.map((op, index) => ({ op, index, attempts: 0, waitedMs: 0, mayHaveLanded: false }));

  while (pending.length > 0) {
    const again: Entry<T>[] = [];
    let roundWait = 0;
    for (let start = 0; start < pending.length; start += batchSize) {
      const chunk = pending.slice(start, start + batchSize);
      const { settled, batchError } = await sendChunk(sp, chunk, batchSize);
      // No answer, or a gateway's: SharePoint may have applied every part (a throttled batch was not).
      const answerLost = batchError !== undefined && !isRefusedBeforeActing(statusOf(batchError), retryAfterOf(batchError));
      for (const entry of chunk) {
        entry.attempts++;
        const result = settled.get(entry);
        if (result?.ok) {
          outcomes[entry.index] = { key: entry.op.key, kind: 'ok', value: result.value };
          continue;
        }
        const error = result ? result.error : batchError;
        if (isDuplicateValueError(error)) {
          outcomes[entry.index] = entry.mayHaveLanded ? { key: entry.op.key, kind: 'duplicate', afterLostAnswer: true } : { key: entry.op.key, kind: 'duplicate' };
          continue;
        }
        if (result === undefined && answerLost) entry.mayHaveLanded = true;
        const delay = retryDelay({ status: statusOf(error), retryAfter: retryAfterOf(error), attempts: entry.attempts, waitedMs: entry.waitedMs }, policy, now(), random);
        if (delay === undefined) {
          outcomes[entry.index] = { key: entry.op.key, kind: 'failed', error };
          continue;
        }
        roundWait = Math.max(roundWait, delay);
        again.push(entry);
      }
    }
    if (again.length > 0) {
      await sleep(roundWait);
      for (const entry of again) entry.waitedMs += roundWait;
    }
    pending = again;
  }
  return outcomes;
}

/** Counts outcomes into the accepted / already stored / failed shape of a write report. */
export function summariseOutcomes<T>(outcomes: readonly BatchOutcome<T>[]): { accepted: number; alreadyStored: number; failed: number; failures: { key: string; reason: string }[] } {
  let accepted = 0;
  let alreadyStored = 0;
  const failures: { key: string; reason: string }[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'ok' || (outcome.kind === 'duplicate' && outcome.afterLostAnswer === true)) accepted++;
    else if (outcome.kind === 'duplicate') alreadyStored++;
    else failures.push({ key: outcome.key, reason: outcome.error instanceof Error ? outcome.error.message.slice(0, 500) : String(outcome.error) });
  }
  return { accepted, alreadyStored, failed: failures.length, failures };
}
