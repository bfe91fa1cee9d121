import { invalidQuery, unknownProperty } from './errors';
import { resolveColumn } from './fieldSchema';
import type { FieldDef, FieldValue, ItemRecord } from './types';

/**
 * Reads a column of an item as stored: DateTime as epoch ms, User as the user id, the rest as is.
 * `undefined` only for a column that does not exist (an empty column is `null`).
 */
export function readColumn(item: ItemRecord, field: FieldDef): FieldValue {
  switch (field.internalName) {
    case 'ID':
      return item.id;
    case 'Created':
      return item.created;
    case 'Modified':
      return item.modified;
    case 'Author':
      return item.authorId;
    case 'Editor':
      return item.editorId;
    case 'GUID':
      return item.guid;
    case 'Attachments':
      return false;
    case 'ContentTypeId':
      return '0x0100';
    default:
      return item.values[field.internalName] ?? null;
  }
}

/** Renders epoch ms as SharePoint does in JSON: ISO 8601 UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coerce(field: FieldDef, value: unknown, property: string): FieldValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') break;
      return String(value);
    case 'Number':
    case 'Currency': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (Number.isNaN(n)) break;
      return n;
    }
    case 'DateTime': {
      if (typeof value !== 'string') break;
      const ms = Date.parse(value);
      if (Number.isNaN(ms)) break;
      return ms;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
    case 'User': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(n)) break;
      return n;
    }
    default:
      break;
  }
  throw invalidQuery(`An unexpected '${typeof value}' value was found for the property '${property}'; a '${field.type}' value was expected.`);
}

/**
 * Turns the JSON body of an item add/update into stored column values. User columns are written as
 * `<Name>Id`; `__metadata` (verbose clients) is ignored; read-only system columns are refused.
 *
 * @param entityType the item's odata type, named in SharePoint's error for an unknown property
 */
export function valuesFromBody(fields: readonly FieldDef[], body: Record<string, unknown>, entityType: string): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata') continue;
    const column = resolveColumn(fields, key);
    // A user column is only writable as `<Name>Id`, exactly as in SharePoint's REST entity.
    const isUserValue = column?.field.type === 'User' && column.part === 'Id';
    if (!column || (column.field.type === 'User' && !isUserValue) || (column.part !== 'value' && !isUserValue) || column.field.readOnly) {
      throw unknownProperty(key, entityType);
    }
    values[column.field.internalName] = coerce(column.field, raw, key);
  }
  return values;
}

/** The item's values as SharePoint renders them in JSON for one column. */
export function renderColumn(item: ItemRecord, field: FieldDef): FieldValue {
  const value = readColumn(item, field);
  if (field.type === 'DateTime' && typeof value === 'number') return isoSeconds(value);
  return value;
}

/** The JSON property name of a column: `<Name>Id` for user columns, `Id`/`ID` both exist for the counter. */
export function propertyName(field: FieldDef): string {
  return field.type === 'User' ? `${field.internalName}Id` : field.internalName;
}
