import { jsonBody, type SpContext, type SpRequest, type SpResponse } from './context';
import { duplicateValues, SharePointEmulatorError } from './errors';
import { fieldFromAddBody, fieldFromSchemaXml, updateField } from './fieldCreate';
import { fieldEntityType } from './fieldSchema';
import { UniqueIndex } from './itemOps';
import { requireManageLists } from './listRoutes';
import { selectProps } from './select';
import { jsonContentType, primitiveCollection, renderCollection, renderEntity, type Entity } from './serialize';
import type { FieldDef, ListMeta } from './types';

function schemaXml(field: FieldDef): string {
  const flags = `${field.indexed ? ' Indexed="TRUE"' : ''}${field.enforceUniqueValues ? ' EnforceUniqueValues="TRUE"' : ''}${field.required ? ' Required="TRUE"' : ''}`;
  const choices = field.choices ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</CHOICE>`).join('')}</CHOICES>` : '';
  return `<Field Type="${field.type}" DisplayName="${field.title.replace(/"/g, '&quot;')}" ID="{${field.id}}" Name="${field.internalName}" StaticName="${field.internalName}"${flags}>${choices}</Field>`;
}

function fieldEntity(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef): Entity {
  const uri = `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')`;
  const props: Record<string, unknown> = {
    CanBeDeleted: !field.builtIn,
    Description: field.description ?? '',
    EnforceUniqueValues: field.enforceUniqueValues,
    EntityPropertyName: field.internalName,
    FieldTypeKind: field.fieldTypeKind,
    Group: field.builtIn ? '_Hidden' : 'Custom Columns',
    Hidden: false,
    Id: field.id,
    Indexed: field.indexed,
    InternalName: field.internalName,
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXml(field),
    StaticName: field.internalName,
    Title: field.title,
    TypeAsString: field.type,
    ...(field.choices ? { Choices: primitiveCollection(request.mode, field.choices) } : {}),
    ...(field.maxLength !== undefined ? { MaxLength: field.maxLength } : {})
  };
  return { meta: { type: fieldEntityType(field.type), uri, editLink: `Web/Lists(guid'${list.id}')/Fields(guid'${field.id}')` }, props };
}

/** Finds a column by `getByInternalNameOrTitle('X')`, `getByTitle('X')` or `fields('id')`. */
export function resolveField(list: ListMeta, by: 'nameOrTitle' | 'title' | 'id', key: string): FieldDef {
  const lower = key.toLowerCase().replace(/^\{|\}$/g, '');
  const found =
    by === 'id'
      ? list.fields.find((f) => f.id.toLowerCase() === lower)
      : list.fields.find((f) => (by === 'nameOrTitle' && f.internalName.toLowerCase() === lower) || f.title.toLowerCase() === lower);
  if (!found) {
    throw new SharePointEmulatorError(400, '-2147024809, System.ArgumentException', `Column '${key}' does not exist. It may have been deleted by another user.`);
  }
  return found;
}

function respondField(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef, status: number): SpResponse {
  const entity = fieldEntity(ctx, request, list, field);
  const body = renderEntity(request.mode, { ...entity, props: selectProps(request, entity.props) }, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields1/@Element`);
  return { status, headers: { 'Content-Type': jsonContentType(request.mode) }, body };
}

export function getFields(ctx: SpContext, request: SpRequest, list: ListMeta): SpResponse {
  const entities = list.fields.map((f) => fieldEntity(ctx, request, list, f)).map((e) => ({ ...e, props: selectProps(request, e.props) }));
  return { status: 200, headers: { 'Content-Type': jsonContentType(request.mode) }, body: renderCollection(request.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields1`) };
}

export function getField(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef): SpResponse {
  return respondField(ctx, request, list, field, 200);
}

function saveNewField(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef): SpResponse {
  const items = ctx.store.items(list.id);
  const withValues = items.map((item) => ({ ...item, values: { ...item.values, [field.internalName]: null } }));
  const next: ListMeta = { ...list, fields: [...list.fields, field] };
  ctx.store.saveList(next);
  if (withValues.length > 0) ctx.store.putItems(next, withValues, true);
  return respondField(ctx, request, next, field, 201);
}

/** `POST fields` with a `SP.Field*` body (PnPjs `fields.addText`, `addNumber`... send odata=verbose). */
export function addField(ctx: SpContext, request: SpRequest, list: ListMeta): SpResponse {
  requireManageLists(request);
  return saveNewField(ctx, request, list, fieldFromAddBody(jsonBody(request), list.fields));
}

/** `POST fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }`. */
export function createFieldAsXml(ctx: SpContext, request: SpRequest, list: ListMeta): SpResponse {
  requireManageLists(request);
  const parameters = (jsonBody(request).parameters ?? {}) as { SchemaXml?: unknown; Options?: unknown };
  const xml = typeof parameters.SchemaXml === 'string' ? parameters.SchemaXml : '';
  return saveNewField(ctx, request, list, fieldFromSchemaXml(xml, Number(parameters.Options ?? 0), list.fields));
}

/** MERGE on a column (`field.update({ Indexed: true })`, `{ EnforceUniqueValues: true }`). */
export function mergeField(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef): SpResponse {
  requireManageLists(request);
  const next = updateField(field, jsonBody(request));
  if (next.enforceUniqueValues && !field.enforceUniqueValues) {
    // SharePoint refuses to enforce uniqueness while duplicates exist.
    try {
      const index = new UniqueIndex([next], []);
      for (const item of ctx.store.items(list.id)) {
        index.check(item.values, item.id);
        index.add(item);
      }
    } catch {
      throw duplicateValues([field.internalName]);
    }
  }
  ctx.store.saveList({ ...list, fields: list.fields.map((f) => (f === field ? next : f)) });
  return { status: 204 };
}

export function deleteField(ctx: SpContext, request: SpRequest, list: ListMeta, field: FieldDef): SpResponse {
  requireManageLists(request);
  if (field.builtIn) throw new SharePointEmulatorError(500, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a hidden column.');
  ctx.store.saveList({ ...list, fields: list.fields.filter((f) => f !== field) });
  return { status: 204 };
}
