import { deltaPage } from './delta';
import { applySelect, parseSelect } from './query';
import { jsonResponse } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, GraphResource } from './types';

/** SharePoint list item routes: the item collection and its delta (items carry their `fields`). */

const LIST = '^/sites/([^/]+)/lists/([^/]+)/items';

function withoutFields(resource: GraphResource): GraphResource {
  const rest = { ...resource };
  delete rest.fields;
  return rest;
}

/** `items` returns `fields` only with `$expand=fields`, as Graph does. */
function listItems(context: RouteContext): EmulatorResponse {
  const expand = (context.request.query.get('$expand') ?? '').split(',').map((part) => part.trim().toLowerCase());
  const select = parseSelect(context.request.query);
  const value = context.store
    .records('listItem', `${context.params[0] ?? ''}/${context.params[1] ?? ''}`)
    .filter((record) => !record.deleted)
    .map((record) => applySelect(expand.includes('fields') ? record.resource : withoutFields(record.resource), select));
  return jsonResponse({ '@odata.context': `${context.request.baseUrl}/$metadata#listItems`, value });
}

function itemsDelta(context: RouteContext): EmulatorResponse {
  const select = parseSelect(context.request.query);
  const body = deltaPage(
    context.request,
    {
      kind: 'listItem',
      scope: `${context.params[0] ?? ''}/${context.params[1] ?? ''}`,
      now: context.now,
      maxTokenAgeMs: context.settings.maxTokenAgeMs,
      defaultPageSize: 200,
      // SharePoint (driveItem/listItem delta) answers an expired token with 410 resyncRequired.
      expiredCode: 'resyncRequired',
      initialParams: {},
      include: () => true,
      render: (record) => applySelect(record.resource, select === undefined ? undefined : [...select, 'fields']),
      renderDeleted: (id) => ({ id, deleted: { state: 'deleted' } })
    },
    context.store
  );
  return jsonResponse(body);
}

export const listRoutes: readonly Route[] = [
  { method: 'GET', pattern: new RegExp(`${LIST}$`, 'i'), handle: listItems },
  { method: 'GET', pattern: new RegExp(`${LIST}/(?:microsoft\\.graph\\.)?delta(?:\\(\\))?$`, 'i'), handle: itemsDelta }
];
