import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, type RouteHandler } from './http';
import { seededRandom } from '../demo/random';

// Re-exported: tests seed the injector's draws with the same generator.
export { seededRandom };

/**
 * Fault injection for the workbench's emulators, in the manner of Microsoft's Dev Proxy: random
 * 429/503/504 answers with `Retry-After`, rate limiting with `RateLimit-*` headers, latency and
 * dropped connections. Off by default; reproducible through a seeded PRNG. Only paths under
 * `paths` are touched, never the page or the `/_workbench/` control endpoints.
 *
 * Those faults all strike before the request reaches the emulator. `postCommit` adds the hard half:
 * the emulator applies the request, then its answer is lost (a dropped connection, a proxy's
 * 502/503/504, or an answer held past the client's timeout), so a client cannot tell whether its
 * write landed. `$batch` requests are hit as a whole: every part applied, no part's answer seen.
 */

/**
 * How an applied request's answer is lost: `drop` closes the connection without a byte; `timeout`
 * holds the answer for `holdMs` (longer than the client waits), then closes the connection; a status
 * is a gateway's answer with a plain-text body and no `Retry-After` (it says nothing of the write).
 */
export type PostCommitFault = 'drop' | 'timeout' | 502 | 503 | 504;

export interface PostCommitConfig {
  /** Probability (0..1) that a request which reached the emulator has its answer lost. */
  readonly rate: number;
  /** Kinds to choose from (uniformly, by the PRNG). */
  readonly kinds: readonly PostCommitFault[];
  /** `timeout`: how long the answer is held before the connection closes, ms; default 1,000. */
  readonly holdMs?: number;
}

/** How many faults of each half were injected since the last (re)configuration. */
export interface FaultCounts {
  /** Answered or dropped instead of reaching the emulator (status, drop, rate limit). */
  readonly preCommit: number;
  /** Applied by the emulator, answer lost. */
  readonly postCommit: number;
  /** Parts of `$batch` requests refused inside an answered batch (see `batchPartRate`). */
  readonly batchParts: number;
}

/** A part of a `$batch` to refuse as throttled, not applied, while the batch's other parts are. */
export interface PartFault {
  readonly status: 429 | 503;
  /** `Retry-After` of the part's answer, seconds. */
  readonly retryAfterSeconds: number;
}
export interface FaultConfig {
  /** Master switch. */
  readonly enabled: boolean;
  /** Probability (0..1) that a request is answered with one of `statuses` instead of reaching the emulator. */
  readonly failureRate: number;
  /** Failure statuses to choose from (uniformly, by the PRNG). */
  readonly statuses: readonly (429 | 503 | 504)[];
  /** `Retry-After` on 429 and 503: a number of seconds, or an HTTP date that many seconds ahead. */
  readonly retryAfterSeconds: number;
  readonly retryAfterFormat: 'seconds' | 'date';
  /** Fixed-window rate limit: at most `limit` requests per `windowSeconds`, then 429 until the window ends. */
  readonly rateLimit?: { readonly limit: number; readonly windowSeconds: number };
  /** Added delay per request, uniformly drawn in [min, max] milliseconds. */
  readonly latencyMs?: { readonly min: number; readonly max: number };
  /** Probability (0..1) that the socket is destroyed after the request is read, with no answer. */
  readonly dropRate: number;
  /** Path prefixes faults apply to (e.g. `['/sites/']` for SharePoint only, `['/graph/']` for Graph only). */
  readonly paths: readonly string[];
  /** PRNG seed; reconfiguring restarts the sequence, so a test sees the same faults every run. */
  readonly seed: number;
  /** Answers lost after the request was applied; absent: none. Drawn after the pre-commit faults. */
  readonly postCommit?: PostCommitConfig;
  /**
   * Probability (0..1) that one part of a `$batch` that reached an emulator is refused with 429 or 503
   * (from `statuses`; 503 when neither is listed) and `Retry-After`, not applied, while the others
   * are: the batch answers 200 with some parts done and some to send again. Absent: 0.
   */
  readonly batchPartRate?: number;
}

export const defaultFaultConfig: FaultConfig = {
  enabled: false,
  failureRate: 0,
  statuses: [429, 503, 504],
  retryAfterSeconds: 1,
  retryAfterFormat: 'seconds',
  dropRate: 0,
  paths: ['/sites/', '/graph/'],
  seed: 1
};

/**
 * The reliability tests' and bench's "30 % mixed faults", half before and half after the write
 * commits: 10 % answered 429/503 with `Retry-After: 0` and 5 % dropped before the emulator sees them;
 * of the rest, 18 % applied and their answer lost (dropped, held `holdMs` past the client's timeout,
 * or a gateway's 502/503/504). 0.15 + 0.85 x 0.18 = 0.303 of all requests. Inside the batches that
 * are run, 5 % of the parts are refused 429/503 and the others applied.
 */
export function mixedFaults(paths: readonly string[], seed: number, holdMs: number = 300): Partial<FaultConfig> {
  return {
    enabled: true,
    failureRate: 0.1,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    dropRate: 0.05,
    postCommit: { rate: 0.18, kinds: ['drop', 'timeout', 502, 503, 504], holdMs },
    batchPartRate: 0.05,
    paths,
    seed
  };
}

export interface FaultInjector {
  /** Serves `GET|POST /_workbench/faults` and injects faults; returns false to let the emulators answer. */
  readonly handle: RouteHandler;
  configure(config: Partial<FaultConfig>): void;
  config(): FaultConfig;
  counts(): FaultCounts;
  /**
   * Asked by an emulator for each part of a `$batch` it runs (pass it as the emulator's `partFault`):
   * the refusal to answer instead of running the part, or `undefined` to run it.
   *
   * @param path the `$batch` request's path, matched against `paths`
   */
  partFault(path: string): PartFault | undefined;
}

const POST_COMMIT_KINDS: ReadonlySet<unknown> = new Set<PostCommitFault>(['drop', 'timeout', 502, 503, 504]);
const GATEWAY_TEXT: Readonly<Record<number, string>> = { 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/**
 * Lets the emulator answer into `res` unseen, then loses that answer. The response's own writing
 * methods are shadowed on the instance until the emulator ends its answer (the request is applied by
 * then), then removed so that the fault is written with the real ones.
 */
function loseAnswer(res: ServerResponse, kind: PostCommitFault, holdMs: number): void {
  const shadowed = ['writeHead', 'setHeader', 'removeHeader', 'write', 'end', 'flushHeaders'] as const;
  const quiet = res as unknown as Record<string, unknown>;
  for (const name of shadowed) quiet[name] = () => res;
  quiet.write = () => true;
  quiet.end = (...args: unknown[]) => {
    for (const name of shadowed) delete quiet[name];
    const callback = args.find((a): a is () => void => typeof a === 'function');
    if (kind === 'drop') res.socket?.destroy();
    else if (kind === 'timeout') setTimeout(() => res.socket?.destroy(), holdMs).unref();
    else {
      const text = `${kind} ${GATEWAY_TEXT[kind]}`;
      res.writeHead(kind, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    }
    callback?.();
    return res;
  };
}

const CONTROL_PATH = '/_workbench/faults';

const MESSAGES: Readonly<Record<number, string>> = {
  429: 'The request has been throttled.',
  503: 'The service is temporarily unavailable.',
  504: 'The gateway timed out.'
};

/** The throttled answer in the shape the addressed service uses (Graph `error` or SharePoint `odata.error`). */
function faultBody(path: string, status: number, now: number): unknown {
  if (path.startsWith('/graph/') || /\/(v1\.0|beta)\//.test(path)) {
    const requestId = randomUUID();
    const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'serviceNotAvailable' : 'gatewayTimeout';
    return { error: { code, message: MESSAGES[status], innerError: { date: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'), 'request-id': requestId, 'client-request-id': requestId } } };
  }
  const code = status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, Microsoft.SharePoint.Client.ClientServiceException';
  return { 'odata.error': { code, message: { lang: 'en-US', value: MESSAGES[status] } } };
}

function retryAfter(config: FaultConfig, now: number, seconds: number): string {
  return config.retryAfterFormat === 'date' ? new Date(now + seconds * 1000).toUTCString() : String(seconds);
}

function validate(config: FaultConfig): FaultConfig {
  const rate = (value: number, name: string): void => {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${value}.`);
  };
  rate(config.failureRate, 'failureRate');
  rate(config.dropRate, 'dropRate');
  rate(config.batchPartRate ?? 0, 'batchPartRate');
  if (config.statuses.some((s) => s !== 429 && s !== 503 && s !== 504)) throw new RangeError('statuses may only hold 429, 503 and 504.');
  if (config.latencyMs && !(config.latencyMs.min >= 0 && config.latencyMs.max >= config.latencyMs.min)) throw new RangeError('latencyMs needs 0 <= min <= max.');
  if (config.rateLimit && !(config.rateLimit.limit >= 0 && config.rateLimit.windowSeconds > 0)) throw new RangeError('rateLimit needs limit >= 0 and windowSeconds > 0.');
  if (config.postCommit) {
    rate(config.postCommit.rate, 'postCommit.rate');
    if (config.postCommit.kinds.length === 0 || config.postCommit.kinds.some((k) => !POST_COMMIT_KINDS.has(k))) throw new RangeError('postCommit.kinds needs one or more of "drop", "timeout", 502, 503 and 504.');
    if (config.postCommit.holdMs !== undefined && !(config.postCommit.holdMs >= 0)) throw new RangeError('postCommit.holdMs must be >= 0.');
  }
  return config;
}

/**
 * Creates the fault injector. Put its handler before the emulators' in the server's chain.
 *
 * @param initial overrides of {@link defaultFaultConfig}; faults stay off unless `enabled` is true
 * @param now clock in epoch ms (rate-limit windows, Retry-After dates); default `Date.now`
 */
export function createFaultInjector(initial: Partial<FaultConfig> = {}, now: () => number = () => Date.now()): FaultInjector {
  let current = validate({ ...defaultFaultConfig, ...initial });
  let random = seededRandom(current.seed);
  let windowStart = 0;
  let windowCount = 0;
  let preCommit = 0;
  let postCommit = 0;
  let batchParts = 0;

  const configure = (config: Partial<FaultConfig>): void => {
    current = validate({ ...defaultFaultConfig, ...config });
    random = seededRandom(current.seed);
    windowStart = 0;
    windowCount = 0;
    preCommit = 0;
    postCommit = 0;
    batchParts = 0;
  };

  const control = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'POST' || req.method === 'PUT') {
      try {
        const text = (await readBody(req)).toString('utf8');
        configure(JSON.parse(text === '' ? '{}' : text) as Partial<FaultConfig>);
      } catch (error) {
        sendJson(res, 400, { error: { code: 'BadRequest', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
    } else if (req.method !== 'GET') {
      sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'Use GET or POST.' } }, { Allow: 'GET, POST' });
      return;
    }
    sendJson(res, 200, current);
  };

  const handle: RouteHandler = async (req, res, url) => {
    if (url.pathname === CONTROL_PATH) {
      await control(req, res);
      return true;
    }
    const config = current;
    if (!config.enabled || url.pathname.startsWith('/_workbench/') || !config.paths.some((p) => url.pathname.startsWith(p))) return false;

    if (config.latencyMs) {
      const { min, max } = config.latencyMs;
      await new Promise((resolve) => setTimeout(resolve, min + Math.round(random() * (max - min))));
    }
    const at = now();
    if (config.rateLimit) {
      const windowMs = config.rateLimit.windowSeconds * 1000;
      if (windowStart === 0 || at - windowStart >= windowMs) {
        windowStart = at;
        windowCount = 0;
      }
      windowCount++;
      const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));
      const remaining = Math.max(0, config.rateLimit.limit - windowCount);
      res.setHeader('RateLimit-Limit', String(config.rateLimit.limit));
      res.setHeader('RateLimit-Remaining', String(remaining));
      res.setHeader('RateLimit-Reset', String(resetSeconds));
      if (windowCount > config.rateLimit.limit) {
        preCommit++;
        await readBody(req);
        sendJson(res, 429, faultBody(url.pathname, 429, at), { 'Retry-After': retryAfter(config, at, resetSeconds) });
        return true;
      }
    }
    if (config.dropRate > 0 && random() < config.dropRate) {
      preCommit++;
      await readBody(req);
      req.socket.destroy();
      return true;
    }
    if (config.failureRate > 0 && config.statuses.length > 0 && random() < config.failureRate) {
      const status = config.statuses[Math.floor(random() * config.statuses.length)];
      preCommit++;
      await readBody(req);
      const headers: Record<string, string> = status === 504 ? {} : { 'Retry-After': retryAfter(config, at, config.retryAfterSeconds) };
      sendJson(res, status, faultBody(url.pathname, status, at), headers);
      return true;
    }
    const lost = config.postCommit;
    if (lost && lost.rate > 0 && random() < lost.rate) {
      postCommit++;
      loseAnswer(res, lost.kinds[Math.floor(random() * lost.kinds.length)], lost.holdMs ?? 1000);
    }
    // The emulator answers (into the shadowed response when the answer is to be lost).
    return false;
  };

  const partFault = (path: string): PartFault | undefined => {
    const config = current;
    const rate = config.batchPartRate ?? 0;
    if (!config.enabled || rate === 0 || !config.paths.some((p) => path.startsWith(p)) || random() >= rate) return undefined;
    const statuses = config.statuses.filter((s): s is 429 | 503 => s === 429 || s === 503);
    batchParts++;
    return { status: statuses.length === 0 ? 503 : statuses[Math.floor(random() * statuses.length)], retryAfterSeconds: config.retryAfterSeconds };
  };

  return { handle, configure, config: () => current, counts: () => ({ preCommit, postCommit, batchParts }), partFault };
}
