import { applySelect, parseSelect } from './query';
import { jsonResponse } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, StoredRecord } from './types';

/** Planner routes: tasks assigned to the signed-in user and tasks of a plan (read only). */

function respond(context: RouteContext, records: readonly StoredRecord[]): EmulatorResponse {
  const select = parseSelect(context.request.query);
  const value = records
    .filter((record) => !record.deleted)
    .map((record) => applySelect(record.resource, select))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return jsonResponse({ '@odata.context': `${context.request.baseUrl}/$metadata#Collection(microsoft.graph.plannerTask)`, '@odata.count': value.length, value });
}

/** `/me/planner/tasks`: every task whose `assignments` has the signed-in user's id as a key. */
function myTasks(context: RouteContext): EmulatorResponse {
  const mine = context.store.recordsOfKind('plannerTask').filter((record) => {
    const assignments = record.resource.assignments;
    return typeof assignments === 'object' && assignments !== null && context.user.id in assignments;
  });
  return respond(context, mine);
}

function planTasks(context: RouteContext): EmulatorResponse {
  return respond(context, context.store.records('plannerTask', context.params[0] ?? ''));
}

export const plannerRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/me\/planner\/tasks$/i, handle: myTasks },
  { method: 'GET', pattern: /^\/planner\/plans\/([^/]+)\/tasks$/i, handle: planTasks }
];
