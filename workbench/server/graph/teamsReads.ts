import { badRequest } from './errors';
import { buildLink, decodeToken, encodeToken, parseGraphDateTime, parseTop } from './query';
import { jsonResponse } from './router';
import type { Route, RouteContext } from './router';
import { chatMessageResource } from './teams';
import type { EmulatorResponse, GraphResource, OutboxItem } from './types';

/**
 * Teams reads: `GET /chats/{id}/messages` and `GET /teams/{t}/channels/{c}/messages`, served from the
 * outbox (the emulator's channels hold only what the product posted). They exist so a runner can look
 * a delivery up after a crash (the delivery probe), with the query options Graph documents:
 *
 * - chats: `$top` (default 20, at most 50), `$orderby` `lastModifiedDateTime desc` (default) or
 *   `createdDateTime desc` (ascending is refused), and `$filter` on the SAME property as `$orderby`
 *   (`lastModifiedDateTime gt|lt`, `createdDateTime lt`); a filter on another property is ignored, as
 *   Graph ignores it.
 * - channels: `$top` only (default 20, at most 50); root messages, newest first.
 */

type OrderProperty = 'lastModifiedDateTime' | 'createdDateTime';

function orderOf(context: RouteContext): OrderProperty {
  const raw = context.request.query.get('$orderby');
  if (raw === null) return 'lastModifiedDateTime';
  const match = /^\s*(lastModifiedDateTime|createdDateTime)\s+desc\s*$/i.exec(raw);
  if (match === null) throw badRequest(`$orderby '${raw}' is not supported: use lastModifiedDateTime desc or createdDateTime desc.`);
  return match[1].toLowerCase() === 'createddatetime' ? 'createdDateTime' : 'lastModifiedDateTime';
}

/** The time bounds of a chat's `$filter` (epoch ms), applied only when they name the `$orderby` property. */
function chatFilter(context: RouteContext, order: OrderProperty): (time: number) => boolean {
  const raw = context.request.query.get('$filter');
  if (raw === null || raw.trim() === '') return () => true;
  const tests: ((time: number) => boolean)[] = [];
  for (const clause of raw.split(/\s+and\s+/i)) {
    const match = /^\s*(lastModifiedDateTime|createdDateTime)\s+(gt|lt)\s+(\S+)\s*$/i.exec(clause);
    if (match === null) throw badRequest(`Invalid $filter clause '${clause}'.`);
    const property = match[1].toLowerCase() === 'createddatetime' ? 'createdDateTime' : 'lastModifiedDateTime';
    const operator = match[2].toLowerCase();
    if (property === 'createdDateTime' && operator === 'gt') throw badRequest('createdDateTime supports only the lt operator in $filter.');
    // Graph filters only when $orderby names the same property; otherwise the filter is ignored.
    if (property !== order) continue;
    const bound = parseGraphDateTime(match[3], '$filter');
    tests.push(operator === 'gt' ? (time) => time > bound : (time) => time < bound);
  }
  return (time) => tests.every((test) => test(time));
}

/** One page of outbox messages for `target`, newest first, with a `$skiptoken` nextLink. */
function page(context: RouteContext, target: string, keep: (item: OutboxItem) => boolean, linkParams: Record<string, string>): EmulatorResponse {
  const { request } = context;
  const top = parseTop(request.query, 20, 50);
  const skip = request.query.get('$skiptoken');
  const offset = skip === null ? 0 : Number(decodeToken(skip, '$skiptoken').o);
  const items = context.store
    .outbox()
    .filter((item) => (item.kind === 'chatMessage' || item.kind === 'channelMessage') && item.target === target && keep(item))
    .sort((a, b) => b.time.localeCompare(a.time) || Number(b.id) - Number(a.id));
  const body: GraphResource = {
    '@odata.context': `${request.baseUrl}/$metadata#${target}/messages`,
    '@odata.count': items.length,
    value: items.slice(offset, offset + top).map((item) => chatMessageResource(item, context.store.findUser(item.sender)))
  };
  if (offset + top < items.length) {
    body['@odata.nextLink'] = buildLink(request.baseUrl, request.path, { ...linkParams, $top: String(top), $skiptoken: encodeToken({ o: offset + top }) });
  }
  return jsonResponse(body);
}

function listChatMessages(context: RouteContext): EmulatorResponse {
  const order = orderOf(context);
  const within = chatFilter(context, order);
  const params: Record<string, string> = {};
  for (const name of ['$orderby', '$filter']) {
    const value = context.request.query.get(name);
    if (value !== null) params[name] = value;
  }
  return page(context, `chats/${context.params[0] ?? ''}`, (item) => within(Date.parse(item.time)), params);
}

function listChannelMessages(context: RouteContext): EmulatorResponse {
  for (const name of ['$filter', '$orderby', '$search']) {
    if (context.request.query.get(name) !== null) throw badRequest(`Query option '${name}' is not supported on channel messages.`);
  }
  return page(context, `teams/${context.params[0] ?? ''}/channels/${context.params[1] ?? ''}`, () => true, {});
}

export const teamsReadRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/teams\/([^/]+)\/channels\/([^/]+)\/messages$/i, handle: listChannelMessages },
  { method: 'GET', pattern: /^\/chats\/([^/]+)\/messages$/i, handle: listChatMessages }
];
