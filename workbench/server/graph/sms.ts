/**
 * Azure Communication Services SMS, emulated at the origin, as an ACS resource: `POST /sms?api-version=2021-03-07` with ACS's
 * HMAC-SHA256 authentication (the content hash and the signature over method, path and query, date,
 * host and content hash are checked as ACS checks them), per-recipient results, E.164 validation and
 * repeatable requests (a repeated `repeatabilityRequestId` is executed once and answered `rejected`).
 * Accepted messages land in the outbox as kind `sms`.
 */
import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http';
import type { OutboxItem } from './types';

/** The workbench resource's access key (base64): a development value, like Azurite's well-known key. */
export const WORKBENCH_ACS_ACCESS_KEY = Buffer.from('valuenetworks-workbench-acs-key!').toString('base64');

/** The connection string of the emulated resource at `origin` (e.g. `http://127.0.0.1:4321`). */
export function workbenchAcsConnectionString(origin: string): string {
  return `endpoint=${origin.replace(/\/$/, '')}/;accesskey=${WORKBENCH_ACS_ACCESS_KEY}`;
}

const E164 = /^\+[1-9]\d{6,14}$/;

interface SmsRecipient {
  readonly to?: unknown;
  readonly repeatabilityRequestId?: unknown;
  readonly repeatabilityFirstSent?: unknown;
}

function denied(res: ServerResponse, why: string): void {
  sendJson(res, 401, { error: { code: 'Denied', message: `Denied by the resource provider: ${why}` } });
}

function badRequest(res: ServerResponse, message: string): void {
  sendJson(res, 400, { error: { code: 'BadRequest', message } });
}

/** True when the request carries a valid ACS HMAC signature for `body`. */
function signatureValid(req: IncomingMessage, url: URL, body: Buffer, accessKey: string): string | undefined {
  const date = req.headers['x-ms-date'];
  const contentHash = req.headers['x-ms-content-sha256'];
  const auth = req.headers.authorization;
  if (typeof date !== 'string' || typeof contentHash !== 'string' || typeof auth !== 'string') return 'x-ms-date, x-ms-content-sha256 and Authorization are required';
  if (createHash('sha256').update(body).digest('base64') !== contentHash) return 'the content hash does not match the body';
  const match = /^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=(.+)$/.exec(auth);
  if (!match) return 'the Authorization header is not HMAC-SHA256 over x-ms-date;host;x-ms-content-sha256';
  const toSign = `${req.method ?? 'POST'}\n${url.pathname}${url.search}\n${date};${req.headers.host ?? ''};${contentHash}`;
  const expected = createHmac('sha256', Buffer.from(accessKey, 'base64')).update(toSign, 'utf8').digest('base64');
  return expected === match[1] ? undefined : 'the signature does not match';
}

export interface SmsEmulator {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** @param addOutbox records an accepted SMS (the Graph emulator's outbox) */
export function createSmsEmulator(addOutbox: (item: Omit<OutboxItem, 'id'>) => OutboxItem, now: () => number, accessKey: string = WORKBENCH_ACS_ACCESS_KEY): SmsEmulator {
  // Repeatability ids seen, with the message id they produced (kept for the life of the server).
  const executed = new Map<string, string>();
  let counter = 0;
  return {
    async handle(req, res, url) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: { code: 'MethodNotAllowed', message: 'POST only.' } });
      if (url.searchParams.get('api-version') !== '2021-03-07') return badRequest(res, 'The api-version query parameter must be 2021-03-07.');
      const body = await readBody(req);
      const problem = signatureValid(req, url, body, accessKey);
      if (problem !== undefined) return denied(res, problem);
      let input: { from?: unknown; smsRecipients?: unknown; message?: unknown };
      try {
        input = JSON.parse(body.toString('utf8')) as typeof input;
      } catch {
        return badRequest(res, 'The body is not JSON.');
      }
      if (typeof input.from !== 'string' || !E164.test(input.from)) return badRequest(res, 'from must be a phone number in E.164 format.');
      if (typeof input.message !== 'string' || input.message === '') return badRequest(res, 'message is required.');
      if (input.message.length > 2048) return badRequest(res, 'message is longer than 2048 characters.');
      if (!Array.isArray(input.smsRecipients) || input.smsRecipients.length === 0 || input.smsRecipients.length > 100) return badRequest(res, 'smsRecipients must hold 1 to 100 recipients.');
      const value = (input.smsRecipients as SmsRecipient[]).map((r) => {
        const to = typeof r.to === 'string' ? r.to : '';
        if (!E164.test(to)) return { to, messageId: null, httpStatusCode: 400, repeatabilityResult: null, successful: false, errorMessage: 'Invalid To phone number format.' };
        const repeatId = typeof r.repeatabilityRequestId === 'string' ? r.repeatabilityRequestId : undefined;
        const seen = repeatId === undefined ? undefined : executed.get(repeatId);
        if (seen !== undefined) return { to, messageId: seen, httpStatusCode: 202, repeatabilityResult: 'rejected', successful: true, errorMessage: null };
        counter += 1;
        const messageId = `Outgoing_${String(counter).padStart(8, '0')}_noam`;
        if (repeatId !== undefined) executed.set(repeatId, messageId);
        addOutbox({ time: new Date(now()).toISOString(), kind: 'sms', target: to, sender: input.from as string, body: input.message as string, bodyContentType: 'text', cards: [] });
        return { to, messageId, httpStatusCode: 202, repeatabilityResult: repeatId === undefined ? null : 'accepted', successful: true, errorMessage: null };
      });
      sendJson(res, 202, { value });
    }
  };
}
