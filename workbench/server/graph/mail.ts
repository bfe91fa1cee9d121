import { deltaPage } from './delta';
import { badRequest, GraphEmulatorError } from './errors';
import { applySelect, buildLink, decodeToken, encodeToken, parseGraphDateTime, parseSelect, parseTop } from './query';
import { emptyResponse, jsonResponse, targetUser } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, GraphResource, StoredRecord } from './types';

/**
 * Mail routes: message metadata (`/messages`, `/mailFolders/{id}/messages/delta`) and `sendMail`.
 * The emulator stores no bodies: the product reads metadata only and always sends `$select`.
 */

const USER = '^/(?:me|users/([^/]+))';

function receivedAt(record: StoredRecord): string {
  const value = record.resource.receivedDateTime ?? record.resource.sentDateTime;
  return typeof value === 'string' ? value : '';
}

function listMessages(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const { request } = context;
  // Graph lists newest first by default.
  const items = context.store
    .records('message', user.id)
    .filter((record) => !record.deleted)
    .sort((a, b) => receivedAt(b).localeCompare(receivedAt(a)) || a.resource.id.localeCompare(b.resource.id));
  const top = parseTop(request.query, 10, 1000);
  const skip = request.query.get('$skiptoken');
  const offset = skip === null ? 0 : Number(decodeToken(skip, '$skiptoken').o);
  const select = parseSelect(request.query);
  const body: GraphResource = {
    '@odata.context': `${request.baseUrl}/$metadata#users('${user.id}')/messages`,
    value: items.slice(offset, offset + top).map((record) => applySelect(record.resource, select))
  };
  if (offset + top < items.length) {
    const params: Record<string, string> = {};
    if (select !== undefined) params.$select = select.join(',');
    if (request.query.get('$top') !== null) params.$top = String(top);
    params.$skiptoken = encodeToken({ o: offset + top });
    body['@odata.nextLink'] = buildLink(request.baseUrl, request.path, params);
  }
  return jsonResponse(body);
}

/** Well-known folder names the emulator keeps (Graph accepts them in place of folder ids). */
const FOLDERS = new Set(['inbox', 'sentitems']);

const DATE_PROPERTIES = ['sentDateTime', 'receivedDateTime'] as const;
type DateProperty = (typeof DATE_PROPERTIES)[number];

function dateProperty(name: string): DateProperty | undefined {
  return DATE_PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
}

/**
 * `$filter` of a folder listing: `and`-joined date comparisons (`sentDateTime ge 2026-10-31T12:00:00Z`),
 * the form the delivery probe sends. Anything else is refused rather than silently ignored.
 */
function folderFilter(raw: string | null): { readonly properties: readonly DateProperty[]; readonly test: (resource: GraphResource) => boolean } {
  if (raw === null || raw.trim() === '') return { properties: [], test: () => true };
  const properties: DateProperty[] = [];
  const tests: ((resource: GraphResource) => boolean)[] = [];
  for (const clause of raw.split(/\s+and\s+/i)) {
    const match = /^\s*(\w+)\s+(ge|gt|le|lt)\s+(\S+)\s*$/i.exec(clause);
    const property = match === null ? undefined : dateProperty(match[1]);
    if (match === null || property === undefined) throw badRequest(`The emulator filters messages on sentDateTime/receivedDateTime comparisons only, not '${clause}'.`, 'ErrorInvalidUrlQueryFilter');
    const bound = parseGraphDateTime(match[3], '$filter');
    const operator = match[2].toLowerCase();
    properties.push(property);
    tests.push((resource) => {
      const value = typeof resource[property] === 'string' ? Date.parse(resource[property] as string) : Number.NaN;
      if (Number.isNaN(value)) return false;
      return operator === 'ge' ? value >= bound : operator === 'gt' ? value > bound : operator === 'le' ? value <= bound : value < bound;
    });
  }
  return { properties, test: (resource) => tests.every((t) => t(resource)) };
}

/**
 * `GET /mailFolders/{folder}/messages` with `$filter`, `$orderby`, `$top`, `$select`. As in Exchange
 * Online, a property in `$orderby` must also be in `$filter` (first), or the request fails with 400
 * `InefficientFilter`; without `$orderby` messages come newest received first.
 */
function listFolderMessages(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const folder = (context.params[1] ?? '').toLowerCase();
  if (!FOLDERS.has(folder)) throw new GraphEmulatorError(404, 'ErrorInvalidIdMalformed', `Id is malformed: '${context.params[1] ?? ''}'.`);
  const { request } = context;
  const filter = folderFilter(request.query.get('$filter'));
  const orderRaw = request.query.get('$orderby');
  let order: { property: DateProperty; descending: boolean } | undefined;
  if (orderRaw !== null) {
    const match = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/i.exec(orderRaw);
    const property = match === null ? undefined : dateProperty(match[1]);
    if (match === null || property === undefined) throw badRequest(`The emulator orders messages by sentDateTime or receivedDateTime only, not '${orderRaw}'.`);
    if (filter.properties.length > 0 && filter.properties[0] !== property) throw badRequest('The restriction or sort order is too complex for this operation.', 'InefficientFilter');
    order = { property, descending: (match[2] ?? 'asc').toLowerCase() === 'desc' };
  }
  const stamp = (record: StoredRecord): string => (order !== undefined ? String(record.resource[order.property] ?? '') : receivedAt(record));
  const items = context.store
    .records('message', user.id)
    .filter((record) => !record.deleted && record.folder === folder && filter.test(record.resource))
    .sort((a, b) => (order === undefined || order.descending ? stamp(b).localeCompare(stamp(a)) : stamp(a).localeCompare(stamp(b))) || a.resource.id.localeCompare(b.resource.id));
  const top = parseTop(request.query, 10, 1000);
  const skip = request.query.get('$skiptoken');
  const offset = skip === null ? 0 : Number(decodeToken(skip, '$skiptoken').o);
  const select = parseSelect(request.query);
  const body: GraphResource = {
    '@odata.context': `${request.baseUrl}/$metadata#users('${user.id}')/mailFolders('${folder}')/messages`,
    value: items.slice(offset, offset + top).map((record) => applySelect(record.resource, select))
  };
  if (offset + top < items.length) {
    const params: Record<string, string> = {};
    for (const name of ['$filter', '$orderby', '$select']) {
      const value = request.query.get(name);
      if (value !== null) params[name] = value;
    }
    params.$top = String(top);
    params.$skiptoken = encodeToken({ o: offset + top });
    body['@odata.nextLink'] = buildLink(request.baseUrl, request.path, params);
  }
  return jsonResponse(body);
}

function messagesDelta(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const folder = (context.params[1] ?? '').toLowerCase();
  if (!FOLDERS.has(folder)) throw new GraphEmulatorError(404, 'ErrorInvalidIdMalformed', `Id is malformed: '${context.params[1] ?? ''}'.`);
  const select = parseSelect(context.request.query);
  const body = deltaPage(
    context.request,
    {
      kind: 'message',
      scope: user.id,
      now: context.now,
      maxTokenAgeMs: context.settings.maxTokenAgeMs,
      defaultPageSize: 10,
      expiredCode: 'syncStateNotFound',
      initialParams: { folder },
      include: (record) => record.folder === folder,
      render: (record) => applySelect(record.resource, select),
      renderDeleted: (id) => ({ '@odata.type': '#microsoft.graph.message', id, '@removed': { reason: 'deleted' } })
    },
    context.store
  );
  return jsonResponse(body);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validateRecipients(value: unknown, name: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) throw badRequest(`At least one recipient is required in '${name}'.`, 'ErrorInvalidRecipients');
  return value.map((recipient: unknown, index) => {
    const address = isObject(recipient) && isObject(recipient.emailAddress) ? recipient.emailAddress.address : undefined;
    if (typeof address !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(address)) {
      throw badRequest(`The recipient ${name}[${index}] has no valid emailAddress.address.`, 'ErrorInvalidRecipients');
    }
    return address;
  });
}

/** The message of a sendMail request, checked against Graph's `message` schema. */
export interface ValidatedMail {
  readonly subject: string;
  readonly contentType: string;
  readonly content: string;
  readonly to: readonly string[];
  readonly saveToSentItems: boolean;
}

/**
 * Validates a sendMail body: `message.subject` (string), `message.body.contentType` (`text` or `html`,
 * any case) with string `content`, non-empty `toRecipients[].emailAddress.address`, optional cc/bcc,
 * and `saveToSentItems` as a JSON boolean. Graph's OData reader refuses a string such as `"false"`
 * (one official sample sends it) with 400 `RequestBodyRead`; so does the emulator.
 *
 * @throws GraphEmulatorError 400 naming the first violation
 */
export function validateSendMail(body: unknown): ValidatedMail {
  if (!isObject(body) || !isObject(body.message)) throw badRequest("The request body must contain a 'message' object.", 'ErrorInvalidRequest');
  const saveToSentItems = body.saveToSentItems;
  if (saveToSentItems !== undefined && typeof saveToSentItems !== 'boolean') {
    throw badRequest(`Cannot convert the literal '${String(saveToSentItems)}' to the expected type 'Edm.Boolean'.`, 'RequestBodyRead');
  }
  const message = body.message;
  if (typeof message.subject !== 'string') throw badRequest("The message needs a 'subject' string.", 'ErrorInvalidRequest');
  const mailBody = message.body;
  if (!isObject(mailBody) || typeof mailBody.content !== 'string') throw badRequest("The message needs a 'body' with string 'content'.", 'ErrorInvalidRequest');
  const contentType = typeof mailBody.contentType === 'string' ? mailBody.contentType.toLowerCase() : '';
  if (contentType !== 'text' && contentType !== 'html') {
    throw badRequest(`Requested value '${String(mailBody.contentType)}' was not found in bodyType (text, html).`, 'RequestBodyRead');
  }
  const to = validateRecipients(message.toRecipients, 'toRecipients', true);
  validateRecipients(message.ccRecipients, 'ccRecipients', false);
  validateRecipients(message.bccRecipients, 'bccRecipients', false);
  return { subject: message.subject, contentType, content: mailBody.content, to, saveToSentItems: saveToSentItems !== false };
}

function sendMail(context: RouteContext): EmulatorResponse {
  const sender = targetUser(context, context.params[0]);
  const mail = validateSendMail(context.request.body);
  const time = new Date(context.now).toISOString();
  const item = context.store.addOutbox({ time, kind: 'mail', target: mail.to.join(','), sender: sender.userPrincipalName, subject: mail.subject, body: mail.content, bodyContentType: mail.contentType, cards: [] });
  if (mail.saveToSentItems) {
    const resource = {
      id: `sent-${item.id}`,
      subject: mail.subject,
      sentDateTime: time.replace(/\.\d{3}Z$/, 'Z'),
      receivedDateTime: time.replace(/\.\d{3}Z$/, 'Z'),
      from: { emailAddress: { name: sender.displayName, address: sender.mail } },
      toRecipients: mail.to.map((address) => ({ emailAddress: { address } }))
    };
    context.store.apply({ messages: [{ ownerId: sender.id, folder: 'sentitems', resource }] });
  }
  return emptyResponse(202);
}

export const mailRoutes: readonly Route[] = [
  { method: 'GET', pattern: new RegExp(`${USER}/messages$`, 'i'), handle: listMessages },
  { method: 'GET', pattern: new RegExp(`${USER}/mailFolders/([^/]+)/messages$`, 'i'), handle: listFolderMessages },
  { method: 'GET', pattern: new RegExp(`${USER}/mailFolders/([^/]+)/messages/(?:microsoft\\.graph\\.)?delta(?:\\(\\))?$`, 'i'), handle: messagesDelta },
  { method: 'POST', pattern: new RegExp(`${USER}/sendMail$`, 'i'), handle: sendMail }
];
