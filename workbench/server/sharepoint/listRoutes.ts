import { randomUUID } from 'node:crypto';
import { jsonBody, type SpContext, type SpRequest, type SpResponse } from './context';
import { accessDenied, invalidQuery, listAlreadyExists, listNotFoundById, listNotFoundByTitle, unknownProperty } from './errors';
import { builtInFields, encodeName } from './fieldSchema';
import { isoSeconds } from './itemValues';
import { selectProps } from './select';
import { jsonContentType, renderCollection, renderEntity, type Entity } from './serialize';
import type { ListMeta } from './types';
import { hasPermission, PermissionKind, permissionLevels } from './users';

/** List properties a client may set on create or MERGE (others are refused with SharePoint's 400). */
const SETTABLE: readonly string[] = ['Title', 'Description', 'EnableVersioning', 'ContentTypesEnabled', 'AllowContentTypes', 'BaseTemplate', 'Hidden', 'OnQuickLaunch', 'EnableAttachments', 'EnableFolderCreation', 'MajorVersionLimit', 'NoCrawl'];

export function requireManageLists(request: SpRequest): void {
  if (!hasPermission(permissionLevels[request.caller.user.key], PermissionKind.manageLists)) throw accessDenied();
}

/** Resolves `getByTitle('X')` (title) or `lists('guid')` / `lists(guid'...')` (id) to a list. */
export function resolveList(ctx: SpContext, by: 'title' | 'id', key: string): ListMeta {
  const lists = ctx.store.lists();
  if (by === 'title') {
    const found = lists.find((l) => l.title.toLowerCase() === key.toLowerCase());
    if (!found) throw listNotFoundByTitle(key, ctx.siteUrl);
    return found;
  }
  const found = lists.find((l) => l.id.toLowerCase() === key.toLowerCase());
  if (!found) throw listNotFoundById();
  return found;
}

export function listEntity(ctx: SpContext, meta: ListMeta): Entity {
  const items = ctx.store.items(meta.id);
  return {
    meta: { type: 'SP.List', uri: `${ctx.siteUrl}/_api/Web/Lists(guid'${meta.id}')`, editLink: `Web/Lists(guid'${meta.id}')` },
    props: {
      AllowContentTypes: true,
      BaseTemplate: meta.baseTemplate,
      BaseType: 0,
      ContentTypesEnabled: false,
      Created: isoSeconds(meta.created),
      Description: meta.description,
      EnableAttachments: true,
      EnableFolderCreation: false,
      EnableMinorVersions: false,
      EnableVersioning: meta.enableVersioning,
      EntityTypeName: meta.entityTypeName,
      Hidden: false,
      Id: meta.id,
      ItemCount: items.length,
      LastItemModifiedDate: isoSeconds(meta.lastItemModified),
      ListItemEntityTypeFullName: `SP.Data.${meta.entityTypeName}Item`,
      MajorVersionLimit: meta.enableVersioning ? 500 : 0,
      ParentWebUrl: ctx.sitePath,
      Title: meta.title
    }
  };
}

function respondList(ctx: SpContext, request: SpRequest, meta: ListMeta, status: number): SpResponse {
  const entity = listEntity(ctx, meta);
  const body = renderEntity(request.mode, { ...entity, props: selectProps(request, entity.props) }, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists/@Element`);
  return { status, headers: { 'Content-Type': jsonContentType(request.mode) }, body };
}

export function getLists(ctx: SpContext, request: SpRequest): SpResponse {
  const entities = ctx.store.lists().map((meta) => listEntity(ctx, meta)).map((e) => ({ ...e, props: selectProps(request, e.props) }));
  return { status: 200, headers: { 'Content-Type': jsonContentType(request.mode) }, body: renderCollection(request.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists`) };
}

export function getList(ctx: SpContext, request: SpRequest, meta: ListMeta): SpResponse {
  return respondList(ctx, request, meta, 200);
}

function checkSettable(body: Record<string, unknown>): void {
  for (const key of Object.keys(body)) if (key !== '__metadata' && !SETTABLE.includes(key)) throw unknownProperty(key, 'SP.List');
}

/** `POST web/lists` (what PnPjs' `lists.add` and `lists.ensure` send). Owners only. */
export function createList(ctx: SpContext, request: SpRequest): SpResponse {
  requireManageLists(request);
  const body = jsonBody(request);
  checkSettable(body);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw invalidQuery('The parameter Title cannot be empty.');
  if (ctx.store.lists().some((l) => l.title.toLowerCase() === title.toLowerCase())) throw listAlreadyExists();
  const template = body.BaseTemplate === undefined ? 100 : Number(body.BaseTemplate);
  if (template !== 100) throw invalidQuery(`BaseTemplate ${template} is not emulated (only 100, the custom list).`);
  const now = ctx.now();
  const meta: ListMeta = {
    id: randomUUID(),
    title,
    description: typeof body.Description === 'string' ? body.Description : '',
    baseTemplate: 100,
    enableVersioning: body.EnableVersioning === true,
    created: now,
    lastItemModified: now,
    fields: builtInFields(),
    nextItemId: 1,
    // SharePoint derives the entity name from the title at creation and never renames it.
    entityTypeName: `${encodeName(title)}List`
  };
  ctx.store.saveList(meta);
  return respondList(ctx, request, meta, 201);
}

/** MERGE/PATCH on a list (`list.update`, the second half of `lists.ensure`). Owners only. */
export function updateList(ctx: SpContext, request: SpRequest, meta: ListMeta): SpResponse {
  requireManageLists(request);
  const body = jsonBody(request);
  checkSettable(body);
  const title = typeof body.Title === 'string' ? body.Title : meta.title;
  if (title.toLowerCase() !== meta.title.toLowerCase() && ctx.store.lists().some((l) => l.title.toLowerCase() === title.toLowerCase())) throw listAlreadyExists();
  const next: ListMeta = {
    ...meta,
    title,
    description: typeof body.Description === 'string' ? body.Description : meta.description,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : meta.enableVersioning
  };
  ctx.store.saveList(next);
  return { status: 204 };
}

export function deleteList(ctx: SpContext, request: SpRequest, meta: ListMeta): SpResponse {
  requireManageLists(request);
  ctx.store.deleteList(meta.id);
  return { status: 200, headers: { 'Content-Type': jsonContentType(request.mode) }, body: request.mode === 'verbose' ? { d: { DeleteObject: null } } : { 'odata.null': true } };
}
