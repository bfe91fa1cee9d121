import { fnv1a, buildAlertSms, isE164 } from '../../core/alerts';
import { ValueNetworksError } from '../../core';
import { AlertDeliveryError, type AlertSender, type DeliveryProbe } from '../../services';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, wait } from '../http';

/** The SMS API version of Azure Communication Services this sender speaks. */
export const ACS_SMS_API_VERSION = '2021-03-07';

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

function base64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The HMAC-SHA256 headers ACS requires (https://learn.microsoft.com/rest/api/communication/authentication):
 * `x-ms-date` (RFC 1123), `x-ms-content-sha256` (base64 SHA-256 of the body) and
 * `Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<base64>`,
 * the signature being the HMAC, keyed with the decoded access key, of
 * `POST\n<path and query>\n<date>;<host>;<content hash>`. Web Crypto only, so it runs in Node and browsers alike.
 */
export async function acsAuthHeaders(method: string, url: string, body: string, accessKey: string, date: Date): Promise<Record<string, string>> {
  const subtle = globalThis.crypto.subtle;
  const target = new URL(url);
  const contentHash = base64(await subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const dateText = date.toUTCString();
  const toSign = `${method.toUpperCase()}\n${target.pathname}${target.search}\n${dateText};${target.host};${contentHash}`;
  const key = await subtle.importKey('raw', fromBase64(accessKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = base64(await subtle.sign('HMAC', key, new TextEncoder().encode(toSign)));
  return { 'x-ms-date': dateText, 'x-ms-content-sha256': contentHash, Authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}` };
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
  /** Attempts of one delivery after the first (default 5): throttling, and lost answers (safe: repeatable). */
  readonly maxRetries?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/** One recipient's result in ACS's answer (JSON `null`s read as absent: `??` covers both). */
interface AcsSendResult {
  readonly to?: string;
  readonly messageId?: string;
  readonly httpStatusCode?: number;
  readonly repeatabilityResult?: 'accepted' | 'rejected';
  readonly successful?: boolean;
  readonly errorMessage?: string;
}

/**
 * Sends alerts as SMS through Azure Communication Services (`POST {endpoint}/sms?api-version=2021-03-07`,
 * HMAC-signed). The alert's `target` is the recipient's E.164 number. Every attempt of one delivery
 * carries the same `repeatabilityRequestId` and `repeatabilityFirstSent`, so a request whose answer
 * was lost (dropped connection, timeout, 5xx) is sent again safely: ACS executes it once and answers a
 * repeat with `repeatabilityResult: rejected`, read here as delivered. A number that is not E.164
 * and a recipient ACS refuses (its per-recipient status) are `not-delivered`; lost answers past the
 * retry budget are `unknown` for the AlertLog protocol.
 *
 * It keeps its own attempt loop rather than `resilientFetch`: every attempt is signed anew (ACS checks
 * the signed date), and ACS's per-recipient answer, not the HTTP status, decides success. Waits and
 * `Retry-After` come from the resilience module all the same.
 */
export function createAcsSmsSender(options: AcsSmsOptions): AlertSender {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? 5;
  const url = `${options.endpoint}/sms?api-version=${ACS_SMS_API_VERSION}`;
  return {
    async send(alert, deliveryId) {
      if (!isE164(alert.target)) throw new AlertDeliveryError('not-delivered', `"${alert.target}" is not a phone number in E.164 form (+<country code><number>).`);
      const firstSent = new Date(now()).toUTCString();
      const body = JSON.stringify({
        from: options.from,
        smsRecipients: [{ to: alert.target, repeatabilityRequestId: repeatabilityId(deliveryId), repeatabilityFirstSent: firstSent }],
        message: buildAlertSms(alert, deliveryId, options.maxSegments ?? 2),
        smsSendOptions: { enableDeliveryReport: false, tag: deliveryId }
      });
      let lastProblem = '';
      // Once an attempt may have landed, no later refusal can prove that nothing was sent.
      let ambiguous = false;
      for (let attempt = 0; attempt <= maxRetries; attempt++) {
        let response: Response;
        try {
          const headers = { 'Content-Type': 'application/json', ...(await acsAuthHeaders('POST', url, body, options.accessKey, new Date(now()))) };
          response = await doFetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
        } catch (error) {
          lastProblem = `no answer: ${error instanceof Error ? error.message : String(error)}`;
          ambiguous = true;
          continue;
        }
        const text = await response.text().catch(() => '');
        if (response.status === 429 || response.status === 503) {
          lastProblem = `throttled (${response.status})`;
          // A 503 without Retry-After may come from a gateway after ACS accepted the request.
          if (response.status === 503 && (response.headers.get('Retry-After') ?? '') === '') ambiguous = true;
          await sleep(parseRetryAfter(response.headers.get('Retry-After') ?? undefined, now()) ?? backoffDelay(attempt + 1, { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000 }, Math.random));
          continue;
        }
        if (response.status >= 500) {
          lastProblem = `${response.status}`;
          ambiguous = true;
          continue;
        }
        if (!response.ok) throw new AlertDeliveryError('not-delivered', `ACS refused the SMS (${response.status}): ${text.slice(0, 300)}`, response.status);
        let result: AcsSendResult | undefined;
        try {
          result = (JSON.parse(text) as { value?: AcsSendResult[] }).value?.[0];
        } catch {
          result = undefined;
        }
        if (result === undefined) {
          lastProblem = 'an answer without a result';
          ambiguous = true;
          continue;
        }
        if (result.successful === true || result.repeatabilityResult === 'rejected') return result.messageId ?? deliveryId;
        throw new AlertDeliveryError('not-delivered', `ACS refused ${alert.target} (${result.httpStatusCode ?? '?'}): ${result.errorMessage ?? 'no reason given'}`, result.httpStatusCode);
      }
      // Only lost or throttled answers get here: with a lost one among them the SMS may have been accepted.
      throw new AlertDeliveryError(ambiguous ? 'unknown' : 'not-delivered', `SMS to ${alert.target} not confirmed after ${maxRetries + 1} attempts: ${lastProblem}`);
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
