import { fnv1a, buildAlertSms, isE164 } from '../../core/alerts';
import { ValueNetworksError } from '../../core';
import { AlertDeliveryError, type AlertSender, type DeliveryProbe } from '../../services';
import { SmsClient, type SmsClientOptions, type SmsSendResult } from '@azure/communication-sms';
import { APP_PUBLISHER, APP_VERSION, userAgentString } from '../http';

/** A connection string the monitor cannot use; the message never repeats the secret. */
export class AcsConnectionStringError extends ValueNetworksError {}

export interface AcsConnection {
  /** e.g. `https://contoso.communication.azure.com` (no trailing slash). */
  readonly endpoint: string;
  /** The resource's access key, base64, as the portal shows it. */
  readonly accessKey: string;
}

/**
 * Reads an ACS connection string `endpoint=https://...;accesskey=<base64>` (keys case-insensitive, in any order).
 *
 * @throws AcsConnectionStringError naming what is missing
 */
export function parseAcsConnectionString(text: string): AcsConnection {
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) parts.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const endpoint = parts.get('endpoint');
  const accessKey = parts.get('accesskey');
  if (endpoint === undefined || !/^https?:\/\//.test(endpoint)) throw new AcsConnectionStringError('The ACS connection string needs endpoint=https://<resource>.communication.azure.com/.');
  if (accessKey === undefined || accessKey === '') throw new AcsConnectionStringError('The ACS connection string needs accesskey=<key>.');
  return { endpoint: endpoint.replace(/\/+$/, ''), accessKey };
}

/**
 * The repeatability id of a delivery: UUID-shaped (as ACS recommends), the same for every attempt of
 * one delivery, so ACS accepts a resend of a request whose answer was lost only once.
 */
export function repeatabilityId(deliveryId: string): string {
  const hex = [0, 1, 2, 3].map((i) => fnv1a(`${i}:${deliveryId}`)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface AcsSmsOptions extends AcsConnection {
  /** The sender: an E.164 number (toll-free or short code) bought on the ACS resource. */
  readonly from: string;
  /** Segments an alert may take (default 2). */
  readonly maxSegments?: number;
  /** Per-request timeout, ms (default 30 s). */
  readonly timeoutMs?: number;
  /** Retries of one delivery after the first (default 5): throttling, and lost answers (safe: repeatable). */
  readonly maxRetries?: number;
  /** The SDK's first back-off delay for 5xx and dropped connections, ms (default 1,000; `Retry-After` wins). */
  readonly retryDelayMs?: number;
}

type PipelinePolicy = NonNullable<SmsClientOptions['additionalPolicies']>[number]['policy'];

/**
 * What the attempts of one delivery taught (by delivery id): whether any of them may have reached ACS
 * and been accepted there although its answer was lost.
 */
type AttemptLog = Map<string, { ambiguous: boolean }>;

function deliveryIdOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const tag = (JSON.parse(body) as { smsSendOptions?: { tag?: unknown } }).smsSendOptions?.tag;
    return typeof tag === 'string' ? tag : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Gives every recipient of a delivery the repeatability id derived from the delivery (carried as the
 * SMS's `tag`). The SDK draws a random id per `send` call, which makes its own retries safe but not a
 * resend by the next monitor run after a crash or a lost answer; a derived id is, because ACS executes
 * a repeatability id once. Runs per call, before the SDK signs the request, so the signature covers it.
 */
function deliveryRepeatability(): PipelinePolicy {
  return {
    name: 'valueNetworksDeliveryRepeatability',
    async sendRequest(request, next) {
      const deliveryId = deliveryIdOf(request.body);
      if (deliveryId !== undefined && typeof request.body === 'string') {
        const body = JSON.parse(request.body) as { smsRecipients?: { repeatabilityRequestId?: string }[] };
        for (const recipient of body.smsRecipients ?? []) recipient.repeatabilityRequestId = repeatabilityId(deliveryId);
        request.body = JSON.stringify(body);
      }
      return next(request);
    }
  };
}

/**
 * Notes, for each attempt the SDK makes, whether ACS may have acted on it although the answer says
 * otherwise: a dropped connection, a timeout, a 5xx other than a throttling 503 that names its
 * `Retry-After`. Runs per retry, so it sees every attempt, not only the SDK's last answer.
 */
function attemptRecorder(log: AttemptLog): PipelinePolicy {
  return {
    name: 'valueNetworksSmsAttempts',
    async sendRequest(request, next) {
      const entry = log.get(deliveryIdOf(request.body) ?? '');
      try {
        const response = await next(request);
        const throttled = response.status === 429 || (response.status === 503 && (response.headers.get('Retry-After') ?? '') !== '');
        if (entry !== undefined && response.status >= 500 && !throttled) entry.ambiguous = true;
        return response;
      } catch (error) {
        if (entry !== undefined) entry.ambiguous = true;
        throw error;
      }
    }
  };
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** An HTTP status the SDK's error carries (`RestError.statusCode`), if it got an answer at all. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends alerts as SMS through Azure Communication Services with its SDK (`@azure/communication-sms`:
 * `SmsClient.send`, which signs each request with the resource's access key and retries throttling,
 * 5xx answers and dropped connections, honouring `Retry-After`). The alert's `target` is the
 * recipient's E.164 number. Every attempt of one delivery, in this run or a later one, carries the
 * same repeatability id (see deliveryRepeatability), so ACS executes it once and answers a repeat
 * with `repeatabilityResult: rejected`, read here as delivered. A number that is not E.164 and a
 * recipient ACS refuses (its per-recipient status) are `not-delivered`; answers lost past the retry
 * budget are `unknown` for the AlertLog protocol, which looks again before it ever resends.
 *
 * The SDK gives up on a request that outlives `timeoutMs` (an abort, which it never retries): such an
 * attempt may have landed, so it is sent again here, under the same repeatability id, within the
 * same retry budget.
 */
export function createAcsSmsSender(options: AcsSmsOptions): AlertSender {
  const maxRetries = options.maxRetries ?? 5;
  const attempts: AttemptLog = new Map();
  const client = new SmsClient(`endpoint=${options.endpoint}/;accesskey=${options.accessKey}`, {
    retryOptions: { maxRetries, retryDelayInMs: options.retryDelayMs ?? 1000, maxRetryDelayInMs: 30_000 },
    userAgentOptions: { userAgentPrefix: userAgentString(APP_PUBLISHER, APP_VERSION) },
    // Plain HTTP only to this machine (the workbench's emulated resource); a real resource is HTTPS.
    allowInsecureConnection: isLoopback(options.endpoint),
    additionalPolicies: [
      { policy: deliveryRepeatability(), position: 'perCall' },
      { policy: attemptRecorder(attempts), position: 'perRetry' }
    ]
  });
  return {
    async send(alert, deliveryId) {
      if (!isE164(alert.target)) throw new AlertDeliveryError('not-delivered', `"${alert.target}" is not a phone number in E.164 form (+<country code><number>).`);
      const entry = { ambiguous: false };
      attempts.set(deliveryId, entry);
      try {
        for (let timedOut = 0; ; timedOut++) {
          let results: SmsSendResult[];
          try {
            results = await client.send(
              { from: options.from, to: [alert.target], message: buildAlertSms(alert, deliveryId, options.maxSegments ?? 2) },
              { enableDeliveryReport: false, tag: deliveryId, requestOptions: { timeout: options.timeoutMs ?? 30_000 } }
            );
          } catch (error) {
            const status = statusOf(error);
            if (status === undefined && (error as { name?: unknown } | undefined)?.name === 'AbortError' && timedOut < maxRetries) continue;
            if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
              throw new AlertDeliveryError('not-delivered', `ACS refused the SMS (${status}): ${messageOf(error).slice(0, 300)}`, status);
            }
            // Only lost or throttled answers get here: with a lost one among them the SMS may have been accepted.
            throw new AlertDeliveryError(entry.ambiguous ? 'unknown' : 'not-delivered', `SMS to ${alert.target} not confirmed after ${maxRetries + 1} attempts: ${status !== undefined ? `${status}` : messageOf(error)}`);
          }
          const result = results[0] as (SmsSendResult & { repeatabilityResult?: string }) | undefined;
          if (result === undefined) throw new AlertDeliveryError('unknown', `ACS answered without a result for ${alert.target}.`);
          if (result.successful || result.repeatabilityResult === 'rejected') return result.messageId ?? deliveryId;
          throw new AlertDeliveryError('not-delivered', `ACS refused ${alert.target} (${result.httpStatusCode}): ${result.errorMessage ?? 'no reason given'}`, result.httpStatusCode);
        }
      } finally {
        attempts.delete(deliveryId);
      }
    }
  };
}

/**
 * Looks an SMS delivery up the only way ACS allows: by sending the same repeatable request again.
 * ACS keeps no searchable sent list, but it executes a repeatability id once: a repeat answered
 * `rejected` proves the first request landed; one answered `accepted` has just delivered it, once.
 * Either way the delivery is found and recorded sent, never doubled. A failed look-up throws, so
 * the AlertLog protocol looks again on the next run instead of resending under a new claim.
 */
export function createAcsSmsProbe(options: AcsSmsOptions): DeliveryProbe {
  const sender = createAcsSmsSender({ ...options, maxRetries: 0 });
  return {
    async find(alert, deliveryId) {
      return sender.send(alert, deliveryId);
    }
  };
}
