import type { SpContext } from './context';
import { columnNotFound, SharePointEmulatorError } from './errors';
import { resolveColumn } from './fieldSchema';
import { isoSeconds, propertyName, readColumn, renderColumn } from './itemValues';
import type { ODataMode } from './odataQuery';
import type { Entity } from './serialize';
import type { FieldDef, FieldValue, ItemRecord, ItemVersion, ListMeta } from './types';

const USER_PROPERTIES: Readonly<Record<string, 'Id' | 'Title' | 'EMail' | 'Name' | 'UserName'>> = { id: 'Id', title: 'Title', email: 'EMail', name: 'Name', username: 'UserName' };

/** Item properties that are not columns of the list but can be selected. */
const SYSTEM_PROPERTIES: Readonly<Record<string, (item: ItemRecord) => unknown>> = {
  OData__UIVersionString: (item) => `${item.uiVersion}.0`,
  FileSystemObjectType: () => 0,
  ServerRedirectedEmbedUri: () => null,
  ServerRedirectedEmbedUrl: () => '',
  ComplianceAssetId: () => null
};

export function itemUri(ctx: SpContext, list: ListMeta, id: number): string {
  return `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${id})`;
}

function allProps(list: ListMeta, item: ItemRecord): Record<string, unknown> {
  const props: Record<string, unknown> = { FileSystemObjectType: 0, Id: item.id, ServerRedirectedEmbedUri: null, ServerRedirectedEmbedUrl: '', ContentTypeId: '0x0100' };
  for (const field of list.fields) {
    if (field.builtIn && field.internalName !== 'Title') continue;
    props[propertyName(field)] = renderColumn(item, field);
  }
  return {
    ...props,
    ComplianceAssetId: null,
    ID: item.id,
    Modified: isoSeconds(item.modified),
    Created: isoSeconds(item.created),
    AuthorId: item.authorId,
    EditorId: item.editorId,
    OData__UIVersionString: `${item.uiVersion}.0`,
    Attachments: false,
    GUID: item.guid
  };
}

function expandedUser(ctx: SpContext, mode: ODataMode, userId: FieldValue, wanted: readonly string[]): unknown {
  const user = ctx.users.find((u) => u.id === userId);
  if (!user) return null;
  const all: Record<string, unknown> = { Id: user.id, Title: user.title, EMail: user.email, Name: user.loginName, UserName: user.email.toLowerCase() };
  const props: Record<string, unknown> = {};
  for (const name of wanted.length > 0 ? wanted : Object.keys(all)) props[name] = all[name];
  const uri = `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${user.id})`;
  if (mode === 'verbose') return { __metadata: { id: uri, type: 'SP.Data.UserInfoItem' }, ...props };
  if (mode === 'minimalmetadata') return { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': uri, ...props };
  return props;
}

/**
 * The properties of an item under `$select`/`$expand`. User columns are `<Name>Id` unless expanded
 * (`$select=Owner/Title&$expand=Owner`), as in SharePoint.
 *
 * @throws 400 for an unknown column, or a user column selected without `$expand`
 */
export function itemProps(ctx: SpContext, mode: ODataMode, list: ListMeta, item: ItemRecord, select: readonly string[] | undefined, expand: readonly string[]): Record<string, unknown> {
  if (select === undefined || select.length === 0 || select.includes('*')) return allProps(list, item);
  const props: Record<string, unknown> = {};
  const expanded = new Map<FieldDef, string[]>();
  for (const name of select) {
    const system = SYSTEM_PROPERTIES[name];
    if (system) {
      props[name] = system(item);
      continue;
    }
    const column = resolveColumn(list.fields, name);
    if (!column) throw columnNotFound(name);
    const { field, part } = column;
    const [head] = name.split('/');
    if (field.type === 'User' && part !== 'Id') {
      if (!expand.some((e) => e.toLowerCase() === head.toLowerCase())) {
        throw new SharePointEmulatorError(
          400,
          '-1, Microsoft.SharePoint.SPException',
          `The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`
        );
      }
      const wanted = expanded.get(field) ?? [];
      const sub = name.includes('/') ? USER_PROPERTIES[name.split('/')[1].toLowerCase()] : undefined;
      if (name.includes('/') && !sub) throw columnNotFound(name);
      if (sub) wanted.push(sub);
      expanded.set(field, wanted);
      continue;
    }
    if (field.internalName === 'ID') props[head === 'ID' ? 'ID' : 'Id'] = item.id;
    else if (field.type === 'User') props[propertyName(field)] = readColumn(item, field);
    else props[field.internalName] = renderColumn(item, field);
  }
  for (const [field, wanted] of expanded) props[field.internalName] = expandedUser(ctx, mode, readColumn(item, field), wanted);
  return props;
}

export function itemEntity(ctx: SpContext, mode: ODataMode, list: ListMeta, item: ItemRecord, select?: readonly string[], expand: readonly string[] = []): Entity {
  const uri = itemUri(ctx, list, item.id);
  return {
    meta: { type: `SP.Data.${list.entityTypeName}Item`, uri, editLink: `Web/Lists(guid'${list.id}')/Items(${item.id})`, etag: `"${item.etag}"` },
    props: itemProps(ctx, mode, list, item, select, expand)
  };
}

/** One entry of `items(id)/versions`: VersionId, VersionLabel, IsCurrentVersion and the field values then. */
export function versionEntity(ctx: SpContext, list: ListMeta, item: ItemRecord, version: ItemVersion, isCurrent: boolean): Entity {
  const props: Record<string, unknown> = {
    Created: isoSeconds(version.modified),
    IsCurrentVersion: isCurrent,
    VersionId: version.versionId,
    VersionLabel: version.label,
    ID: item.id,
    Modified: isoSeconds(version.modified),
    EditorId: version.editorId
  };
  for (const field of list.fields) {
    if (field.builtIn && field.internalName !== 'Title') continue;
    const value = version.values[field.internalName] ?? null;
    props[propertyName(field)] = field.type === 'DateTime' && typeof value === 'number' ? isoSeconds(value) : value;
  }
  const uri = `${itemUri(ctx, list, item.id)}/Versions(${version.versionId})`;
  return { meta: { type: 'SP.ListItemVersion', uri, editLink: `Web/Lists(guid'${list.id}')/Items(${item.id})/Versions(${version.versionId})` }, props };
}
