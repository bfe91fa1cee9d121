import { applySelect, parseSelect, parseTop } from './query';
import { jsonResponse, targetUser } from './router';
import type { Route, RouteContext } from './router';
import type { EmulatorResponse, GraphUser } from './types';

/** Directory routes: `/me`, `/users` and `/users/{id|upn}`. */

function userJson(user: GraphUser): Record<string, unknown> {
  return { ...user, mobilePhone: user.mobilePhone ?? null, accountEnabled: user.accountEnabled ?? true, businessPhones: [], officeLocation: null, preferredLanguage: 'en-US' };
}

function oneUser(context: RouteContext): EmulatorResponse {
  const user = targetUser(context, context.params[0]);
  return jsonResponse({ '@odata.context': `${context.request.baseUrl}/$metadata#users/$entity`, ...applySelect(userJson(user), parseSelect(context.request.query)) });
}

function listUsers(context: RouteContext): EmulatorResponse {
  const select = parseSelect(context.request.query);
  const top = parseTop(context.request.query, 100, 999);
  const value = context.store.users().slice(0, top).map((user) => applySelect(userJson(user), select));
  return jsonResponse({ '@odata.context': `${context.request.baseUrl}/$metadata#users`, value });
}

export const userRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/me$/i, handle: oneUser },
  { method: 'GET', pattern: /^\/users$/i, handle: listUsers },
  { method: 'GET', pattern: /^\/users\/([^/]+)$/i, handle: oneUser }
];
