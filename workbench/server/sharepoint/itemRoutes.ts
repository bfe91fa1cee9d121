import { jsonBody, type SpContext, type SpRequest, type SpResponse } from './context';
import { accessDenied, itemNotFound } from './errors';
import { itemEntity, versionEntity } from './itemEntity';
import { checkIfMatch, createItem, itemVersions, liveUniqueCheck, mergeItem } from './itemOps';
import { queryItems } from './itemQuery';
import { valuesFromBody } from './itemValues';
import { parseODataQuery } from './odataQuery';
import { selectProps } from './select';
import { jsonContentType, renderCollection, renderEntity } from './serialize';
import type { ItemRecord, ListMeta } from './types';
import { hasPermission, PermissionKind, permissionLevels } from './users';

function demand(request: SpRequest, kind: number): void {
  if (!hasPermission(permissionLevels[request.caller.user.key], kind)) throw accessDenied();
}

function json(request: SpRequest, status: number, body: unknown, etag?: string): SpResponse {
  return { status, headers: { 'Content-Type': jsonContentType(request.mode), ...(etag ? { ETag: etag } : {}) }, body };
}

export function findItem(ctx: SpContext, list: ListMeta, id: number): ItemRecord {
  const item = Number.isInteger(id) ? ctx.store.item(list.id, id) : undefined;
  if (!item) throw itemNotFound();
  return item;
}

/** `GET items` with `$select $expand $filter $orderby $top $skiptoken`, paged with `odata.nextLink`. */
export function getItems(ctx: SpContext, request: SpRequest, list: ListMeta): SpResponse {
  demand(request, PermissionKind.viewListItems);
  const query = parseODataQuery(request.query);
  const page = queryItems(ctx.store.items(list.id), list.fields, query, ctx.users);
  const entities = page.items.map((item) => itemEntity(ctx, request.mode, list, item, query.select, query.expand));
  let nextLink: string | undefined;
  if (page.nextSkipToken !== undefined) {
    const params = new URLSearchParams(request.query);
    params.set('$skiptoken', page.nextSkipToken);
    if (!params.has('$top')) params.set('$top', String(page.items.length));
    nextLink = `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items?${params.toString()}`;
  }
  const metadataUrl = `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.entityTypeName}Items`;
  return json(request, 200, renderCollection(request.mode, entities, metadataUrl, nextLink));
}

export function getItem(ctx: SpContext, request: SpRequest, list: ListMeta, id: number): SpResponse {
  demand(request, PermissionKind.viewListItems);
  const item = findItem(ctx, list, id);
  const query = parseODataQuery(request.query);
  const entity = itemEntity(ctx, request.mode, list, item, query.select, query.expand);
  return json(request, 200, renderEntity(request.mode, entity, `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.entityTypeName}Items/@Element`), entity.meta.etag);
}

/** `POST items`: 201 with the new item (its `odata.etag` / `__metadata.etag` is `"1"`) and an ETag header. */
export function addItem(ctx: SpContext, request: SpRequest, list: ListMeta): SpResponse {
  demand(request, PermissionKind.addListItems);
  const values = valuesFromBody(list.fields, jsonBody(request), `SP.Data.${list.entityTypeName}Item`);
  const unique = liveUniqueCheck(ctx.store.uniqueOwners(list.id));
  const created = createItem(list, values, request.caller.user.id, ctx.now(), unique);
  ctx.store.putItems(created.meta, [created.item]);
  const entity = itemEntity(ctx, request.mode, created.meta, created.item);
  return json(request, 201, renderEntity(request.mode, entity, `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.entityTypeName}Items/@Element`), entity.meta.etag);
}

/** MERGE/PATCH/PUT on `items(id)`: 204 with the new ETag; 412 when `If-Match` is stale. */
export function updateItem(ctx: SpContext, request: SpRequest, list: ListMeta, id: number): SpResponse {
  demand(request, PermissionKind.editListItems);
  const item = findItem(ctx, list, id);
  checkIfMatch(item, request.headers['if-match']);
  const values = valuesFromBody(list.fields, jsonBody(request), `SP.Data.${list.entityTypeName}Item`);
  const unique = liveUniqueCheck(ctx.store.uniqueOwners(list.id));
  const now = ctx.now();
  const next = mergeItem(list, item, values, request.caller.user.id, now, unique);
  ctx.store.putItems({ ...list, lastItemModified: now }, [next]);
  return { status: 204, headers: { ETag: `"${next.etag}"` } };
}

export function deleteItem(ctx: SpContext, request: SpRequest, list: ListMeta, id: number): SpResponse {
  demand(request, PermissionKind.deleteListItems);
  const item = findItem(ctx, list, id);
  checkIfMatch(item, request.headers['if-match']);
  const now = ctx.now();
  ctx.store.deleteItem({ ...list, lastItemModified: now }, id, now);
  return { status: 200, headers: { 'Content-Type': jsonContentType(request.mode) }, body: request.mode === 'verbose' ? { d: { DeleteObject: null } } : { 'odata.null': true } };
}

/** `items(id)/versions`: newest first, the current version flagged `IsCurrentVersion`. */
export function getVersions(ctx: SpContext, request: SpRequest, list: ListMeta, id: number): SpResponse {
  demand(request, PermissionKind.viewListItems);
  const item = findItem(ctx, list, id);
  const entities = itemVersions(item)
    .map((version, index) => versionEntity(ctx, list, item, version, index === 0))
    .map((entity) => ({ ...entity, props: selectProps(request, entity.props) }));
  return json(request, 200, renderCollection(request.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.ListItemVersions`));
}

export function getVersion(ctx: SpContext, request: SpRequest, list: ListMeta, id: number, versionId: number): SpResponse {
  demand(request, PermissionKind.viewListItems);
  const item = findItem(ctx, list, id);
  const versions = itemVersions(item);
  const index = versions.findIndex((v) => v.versionId === versionId);
  if (index < 0) throw itemNotFound();
  const version = versionEntity(ctx, list, item, versions[index], index === 0);
  const entity = { ...version, props: selectProps(request, version.props) };
  return json(request, 200, renderEntity(request.mode, entity, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.ListItemVersions/@Element`));
}
