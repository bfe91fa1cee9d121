import type { SpContext, SpRequest, SpResponse } from './context';
import { invalidQuery, notSupported } from './errors';
import { addField, createFieldAsXml, deleteField, getField, getFields, mergeField, resolveField } from './fieldRoutes';
import { addItem, deleteItem, getItem, getItems, getVersion, getVersions, updateItem } from './itemRoutes';
import { createList, deleteList, getList, getLists, resolveList, updateList } from './listRoutes';
import type { ListMeta } from './types';
import { getCurrentUser, getCurrentUserGroups, getEffectiveBasePermissions, getSiteUser, getSiteUsers, getWeb, postContextInfo } from './webRoutes';

/** One path segment, e.g. `getByTitle('Deals')` -> `{ name: 'getbytitle', arg: "'Deals'" }`. */
export interface PathSegment {
  /** Lower-cased. */
  readonly name: string;
  /** Raw text between the parentheses, if any. */
  readonly arg?: string;
}

/** Splits an `_api` path on `/` outside quotes and parentheses (`getByTitle('A/B')` is one segment). */
export function splitPath(path: string): PathSegment[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const ch of path) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !quoted) {
      if (current !== '') parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') parts.push(current);
  return parts.map((part) => {
    const match = /^([^(]*)\((.*)\)$/.exec(part);
    return match ? { name: match[1].toLowerCase(), arg: match[2] } : { name: part.toLowerCase() };
  });
}

/** `'It''s'` -> `It's`; `guid'abc'` -> `abc`; `12` -> `12`. */
export function argText(arg: string | undefined): string {
  if (arg === undefined) throw invalidQuery('A key was expected in the resource path.');
  const match = /^(?:guid)?'(.*)'$/is.exec(arg.trim());
  return match ? match[1].replace(/''/g, "'") : arg.trim();
}

const isRead = (m: string): boolean => m === 'GET';
const isMerge = (m: string): boolean => m === 'MERGE' || m === 'PATCH' || m === 'PUT';

function routeFields(ctx: SpContext, request: SpRequest, list: ListMeta, rest: readonly PathSegment[]): SpResponse | undefined {
  const m = request.method;
  if (rest.length === 0 && isRead(m)) return getFields(ctx, request, list);
  if (rest.length === 0 && m === 'POST') return addField(ctx, request, list);
  if (rest.length === 1 && rest[0].name === 'createfieldasxml' && m === 'POST') return createFieldAsXml(ctx, request, list);
  const [first, ...after] = rest;
  let field;
  if (first === undefined) return undefined;
  if (first.name === 'getbyinternalnameortitle') field = resolveField(list, 'nameOrTitle', argText(first.arg));
  else if (first.name === 'getbytitle') field = resolveField(list, 'title', argText(first.arg));
  else if (first.name === 'getbyid') field = resolveField(list, 'id', argText(first.arg));
  else return undefined;
  if (after.length > 0) return undefined;
  if (isRead(m)) return getField(ctx, request, list, field);
  if (isMerge(m)) return mergeField(ctx, request, list, field);
  if (m === 'DELETE') return deleteField(ctx, request, list, field);
  return undefined;
}

function routeItems(ctx: SpContext, request: SpRequest, list: ListMeta, itemsSegment: PathSegment, rest: readonly PathSegment[]): SpResponse | undefined {
  const m = request.method;
  let id: number | undefined = itemsSegment.arg !== undefined ? Number(argText(itemsSegment.arg)) : undefined;
  let tail = rest;
  if (id === undefined && tail[0]?.name === 'getbyid') {
    id = Number(argText(tail[0].arg));
    tail = tail.slice(1);
  }
  if (id === undefined) {
    if (tail.length > 0) return undefined;
    if (isRead(m)) return getItems(ctx, request, list);
    if (m === 'POST') return addItem(ctx, request, list);
    return undefined;
  }
  if (tail.length === 0) {
    if (isRead(m)) return getItem(ctx, request, list, id);
    if (isMerge(m) || m === 'POST') return updateItem(ctx, request, list, id);
    if (m === 'DELETE') return deleteItem(ctx, request, list, id);
    return undefined;
  }
  // `items(id)/recycle()`: SharePoint moves the item to the recycle bin; the emulator keeps no bin.
  if (tail.length === 1 && tail[0].name === 'recycle' && m === 'POST') return deleteItem(ctx, request, list, id);
  if (tail[0].name === 'versions' && isRead(m)) {
    if (tail.length === 1 && tail[0].arg === undefined) return getVersions(ctx, request, list, id);
    const versionArg = tail[0].arg ?? (tail[1]?.name === 'getbyid' ? tail[1].arg : undefined);
    if (versionArg !== undefined) return getVersion(ctx, request, list, id, Number(argText(versionArg)));
  }
  return undefined;
}

function routeList(ctx: SpContext, request: SpRequest, list: ListMeta, rest: readonly PathSegment[]): SpResponse | undefined {
  const m = request.method;
  if (rest.length === 0) {
    if (isRead(m)) return getList(ctx, request, list);
    if (isMerge(m)) return updateList(ctx, request, list);
    if (m === 'DELETE') return deleteList(ctx, request, list);
    return undefined;
  }
  const [first, ...after] = rest;
  if (first.name === 'effectivebasepermissions' && after.length === 0 && isRead(m)) return getEffectiveBasePermissions(ctx, request);
  if (first.name === 'fields' && first.arg === undefined) return routeFields(ctx, request, list, after);
  if (first.name === 'fields' && first.arg !== undefined) return routeFields(ctx, request, list, [{ name: 'getbyid', arg: first.arg }, ...after]);
  if (first.name === 'items') return routeItems(ctx, request, list, first, after);
  return undefined;
}

/**
 * Dispatches one `_api` call to its handler. Handlers throw {@link SharePointEmulatorError}; the
 * caller renders it.
 *
 * @throws 404 ResourceNotFoundException for a path or method the emulator does not serve
 */
export function dispatch(ctx: SpContext, request: SpRequest): SpResponse {
  const segments = splitPath(request.path);
  const m = request.method;
  const [first, second, third, ...rest] = segments;
  let response: SpResponse | undefined;
  if (first?.name === 'contextinfo' && segments.length === 1 && m === 'POST') response = postContextInfo(ctx, request);
  else if (first?.name === 'web' && first.arg === undefined) {
    if (second === undefined) response = isRead(m) ? getWeb(ctx, request) : undefined;
    else if (second.name === 'currentuser' && third === undefined && isRead(m)) response = getCurrentUser(ctx, request);
    else if (second.name === 'currentuser' && third?.name === 'groups' && third.arg === undefined && rest.length === 0 && isRead(m)) response = getCurrentUserGroups(ctx, request);
    else if (second.name === 'effectivebasepermissions' && third === undefined && isRead(m)) response = getEffectiveBasePermissions(ctx, request);
    else if (second.name === 'siteusers' && isRead(m)) {
      if (second.arg === undefined && third === undefined) response = getSiteUsers(ctx, request);
      else if (second.arg !== undefined && third === undefined) response = getSiteUser(ctx, request, Number(argText(second.arg)));
      else if (third?.name === 'getbyid' && rest.length === 0) response = getSiteUser(ctx, request, Number(argText(third.arg)));
    } else if (second.name === 'getuserbyid' && third === undefined && isRead(m)) response = getSiteUser(ctx, request, Number(argText(second.arg)));
    else if (second.name === 'lists') {
      if (second.arg === undefined && third === undefined) response = isRead(m) ? getLists(ctx, request) : m === 'POST' ? createList(ctx, request) : undefined;
      else if (second.arg !== undefined) response = routeList(ctx, request, resolveList(ctx, 'id', argText(second.arg)), third ? [third, ...rest] : []);
      else if (third?.name === 'getbytitle') response = routeList(ctx, request, resolveList(ctx, 'title', argText(third.arg)), rest);
      else if (third?.name === 'getbyid') response = routeList(ctx, request, resolveList(ctx, 'id', argText(third.arg)), rest);
    }
  }
  if (!response) throw notSupported(`${m} _api/${request.path}`);
  return response;
}
