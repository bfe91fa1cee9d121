import { deltaPage } from './delta';
import { badRequest, notFound } from './errors';
import { applySelect, buildLink, decodeToken, encodeToken, formatGraphDateTime, parseGraphDateTime, parseSelect, parseTop } from './query';
import { emptyResponse, jsonResponse, targetUser } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, GraphResource, StoredRecord } from './types';

/**
 * Calendar routes: `calendarView` (a time window, paged), `calendarView/delta` and `events`
 * (list, get, create, update, delete), for `/me` and `/users/{id|upn}`.
 */

const USER = '^/(?:me|users/([^/]+))';

function timeOf(resource: GraphResource, which: 'start' | 'end'): number {
  const value = resource[which] as { dateTime?: unknown } | undefined;
  return typeof value?.dateTime === 'string' ? parseGraphDateTime(value.dateTime, which) : Number.NaN;
}

/** True when the event overlaps [start, end): what calendarView returns. */
function overlaps(record: StoredRecord, start: number, end: number): boolean {
  return timeOf(record.resource, 'start') < end && timeOf(record.resource, 'end') > start;
}

function requiredWindow(query: URLSearchParams): { start: number; end: number; raw: Record<string, string> } {
  const startRaw = query.get('startDateTime') ?? query.get('startdatetime');
  const endRaw = query.get('endDateTime') ?? query.get('enddatetime');
  if (startRaw === null || endRaw === null) {
    throw badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
  }
  return { start: parseGraphDateTime(startRaw, 'startDateTime'), end: parseGraphDateTime(endRaw, 'endDateTime'), raw: { startDateTime: startRaw, endDateTime: endRaw } };
}

/** Pages a sorted list with `$top` and an offset `$skiptoken`, keeping the other parameters in nextLink. */
function pagedList(context: RouteContext, items: readonly StoredRecord[], carried: Record<string, string>, defaultTop: number): EmulatorResponse {
  const { request } = context;
  const top = parseTop(request.query, defaultTop, 1000);
  const skip = request.query.get('$skiptoken');
  const offset = skip === null ? 0 : Number(decodeToken(skip, '$skiptoken').o);
  const select = parseSelect(request.query);
  const value = items.slice(offset, offset + top).map((record) => applySelect(record.resource, select));
  const body: GraphResource = { '@odata.context': `${request.baseUrl}/$metadata#Collection(event)`, value };
  if (offset + top < items.length) {
    const params: Record<string, string> = { ...carried };
    if (select !== undefined) params.$select = select.join(',');
    if (request.query.get('$top') !== null) params.$top = String(top);
    params.$skiptoken = encodeToken({ o: offset + top });
    body['@odata.nextLink'] = buildLink(request.baseUrl, request.path, params);
  }
  return jsonResponse(body);
}

function liveEvents(context: RouteContext, ownerId: string): StoredRecord[] {
  return context.store.records('event', ownerId).filter((record) => !record.deleted);
}

function byStart(a: StoredRecord, b: StoredRecord): number {
  return timeOf(a.resource, 'start') - timeOf(b.resource, 'start') || a.resource.id.localeCompare(b.resource.id);
}

function calendarView(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const window = requiredWindow(context.request.query);
  const items = liveEvents(context, user.id).filter((record) => overlaps(record, window.start, window.end)).sort(byStart);
  return pagedList(context, items, window.raw, 10);
}

function calendarDelta(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const { query } = context.request;
  const hasToken = query.get('$deltatoken') !== null || query.get('$skiptoken') !== null;
  const initialParams = hasToken ? {} : requiredWindow(query).raw;
  const select = parseSelect(query);
  const body = deltaPage(
    context.request,
    {
      kind: 'event',
      scope: user.id,
      now: context.now,
      maxTokenAgeMs: context.settings.maxTokenAgeMs,
      defaultPageSize: 10,
      expiredCode: 'syncStateNotFound',
      initialParams,
      // An event moved out of the window is simply no longer reported (the emulator does not model
      // Graph's removal notices for window exits).
      include: (record, params) => overlaps(record, parseGraphDateTime(params.startDateTime, 'startDateTime'), parseGraphDateTime(params.endDateTime, 'endDateTime')),
      render: (record) => applySelect(record.resource, select),
      renderDeleted: (id) => ({ '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } })
    },
    context.store
  );
  return jsonResponse(body);
}

function listEvents(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  return pagedList(context, liveEvents(context, user.id).sort(byStart), {}, 10);
}

function ownedEvent(context: RouteContext, ownerId: string, id: string): StoredRecord {
  const record = context.store.find(id);
  if (record === undefined || record.deleted || record.kind !== 'event' || record.scope !== ownerId) {
    throw notFound('The specified object was not found in the store.', 'ErrorItemNotFound');
  }
  return record;
}

function validateTimes(resource: GraphResource): void {
  const start = timeOf(resource, 'start');
  const end = timeOf(resource, 'end');
  if (Number.isNaN(start) || Number.isNaN(end)) throw badRequest('An event needs start and end dateTimeTimeZone values.', 'ErrorInvalidRequest');
  if (end < start) throw badRequest('The end of the event is before its start.', 'ErrorInvalidRequest');
}

function createEvent(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const input = context.request.body;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('The request body must be an event object.');
  const stamp = formatGraphDateTime(context.now).replace('.0000000', 'Z');
  const id = `emulator-event-${context.store.version() + 1}`;
  const resource: GraphResource & { id: string } = {
    ...(input as GraphResource),
    id,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    organizer: { emailAddress: { name: user.displayName, address: user.mail } }
  };
  validateTimes(resource);
  context.store.apply({ events: [{ ownerId: user.id, resource }] });
  return jsonResponse(resource, 201);
}

function updateEvent(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const existing = ownedEvent(context, user.id, context.params[1] ?? '');
  const changes = context.request.body;
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) throw badRequest('The request body must be an event object.');
  const stamp = formatGraphDateTime(context.now).replace('.0000000', 'Z');
  const resource = { ...existing.resource, ...(changes as GraphResource), id: existing.resource.id, lastModifiedDateTime: stamp };
  validateTimes(resource);
  context.store.apply({ events: [{ ownerId: user.id, resource }] });
  return jsonResponse(resource);
}

function deleteEvent(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  const existing = ownedEvent(context, user.id, context.params[1] ?? '');
  context.store.apply({ deletedIds: [existing.resource.id] });
  return emptyResponse(204);
}

export const calendarRoutes: readonly Route[] = [
  { method: 'GET', pattern: new RegExp(`${USER}/calendarView$`, 'i'), handle: calendarView },
  { method: 'GET', pattern: new RegExp(`${USER}/calendarView/(?:microsoft\\.graph\\.)?delta(?:\\(\\))?$`, 'i'), handle: calendarDelta },
  { method: 'GET', pattern: new RegExp(`${USER}/events$`, 'i'), handle: listEvents },
  { method: 'POST', pattern: new RegExp(`${USER}/events$`, 'i'), handle: createEvent },
  {
    method: 'GET',
    pattern: new RegExp(`${USER}/events/([^/]+)$`, 'i'),
    handle: (context) => jsonResponse(applySelect(ownedEvent(context, targetUser(context, context.params[0]).id, context.params[1] ?? '').resource, parseSelect(context.request.query)))
  },
  { method: 'PATCH', pattern: new RegExp(`${USER}/events/([^/]+)$`, 'i'), handle: updateEvent },
  { method: 'DELETE', pattern: new RegExp(`${USER}/events/([^/]+)$`, 'i'), handle: deleteEvent }
];
