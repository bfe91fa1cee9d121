import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { invalidQuery, SharePointEmulatorError, unknownProperty } from './errors';
import { creatableTypes, fieldEntityType, fieldTypeFromKind, fieldTypeKinds, internalNameFor } from './fieldSchema';
import type { FieldDef, FieldType } from './types';

/**
 * Properties PnPjs v4's `fields.addText/addNumber/addCurrency/addDateTime/addChoice/addBoolean/
 * addMultilineText/addUser` put in the body besides Title and FieldTypeKind. Accepted and, apart
 * from the ones the emulator models, ignored (they only affect SharePoint's forms).
 */
const PRESENTATION_PROPERTIES: readonly string[] = [
  'DisplayFormat',
  'DateTimeCalendarType',
  'FriendlyDisplayFormat',
  'CurrencyLocaleId',
  'AllowHyperlink',
  'AppendOnly',
  'NumberOfLines',
  'RestrictedMode',
  'RichText',
  'SelectionMode',
  'SelectionGroup',
  'MinimumValue',
  'MaximumValue',
  'Group',
  'DefaultValue',
  'EditFormat',
  'FillInChoice',
  'Hidden',
  'StaticName',
  'ShowAsPercentage',
  'ValidationFormula',
  'ValidationMessage',
  'AllowDisplay',
  'Presence'
];

/** `AddFieldOptions.AddFieldInternalNameHint`: createFieldAsXml then keeps the XML's `Name`. */
const INTERNAL_NAME_HINT = 8;

function newField(title: string, internalName: string, type: FieldType, props: Partial<FieldDef>): FieldDef {
  return {
    id: randomUUID(),
    internalName,
    title,
    type,
    fieldTypeKind: fieldTypeKinds[type],
    indexed: props.indexed ?? false,
    enforceUniqueValues: props.enforceUniqueValues ?? false,
    required: props.required ?? false,
    readOnly: false,
    builtIn: false,
    ...(type === 'Choice' ? { choices: props.choices ?? [] } : {}),
    ...(type === 'Text' ? { maxLength: props.maxLength ?? 255 } : {}),
    ...(props.description !== undefined ? { description: props.description } : {})
  };
}

function checkUniqueNeedsIndex(field: FieldDef): FieldDef {
  if (field.enforceUniqueValues && !field.indexed) {
    // SharePoint refuses unique values on a column that is not indexed (the UI indexes it for you).
    throw new SharePointEmulatorError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This field must be indexed to enforce unique values.');
  }
  return field;
}

/**
 * A column from the body of `POST fields` (what PnPjs' `fields.add*` send, odata=verbose with
 * `__metadata.type`). The internal name is derived from Title as SharePoint does.
 *
 * @throws 400 for an unknown property or a FieldTypeKind the emulator does not store
 */
export function fieldFromAddBody(body: Record<string, unknown>, existing: readonly FieldDef[]): FieldDef {
  const title = body.Title;
  if (typeof title !== 'string' || title.length === 0) throw invalidQuery('The parameter Title cannot be empty.');
  const type = fieldTypeFromKind(Number(body.FieldTypeKind));
  if (!type) throw invalidQuery(`FieldTypeKind ${String(body.FieldTypeKind)} is not emulated (supported: ${creatableTypes.join(', ')}).`);
  const known = ['__metadata', 'Title', 'FieldTypeKind', 'Indexed', 'EnforceUniqueValues', 'Required', 'Choices', 'MaxLength', 'Description'];
  for (const key of Object.keys(body)) {
    if (!known.includes(key) && !PRESENTATION_PROPERTIES.includes(key)) throw unknownProperty(key, fieldEntityType(type));
  }
  const rawChoices = body.Choices as { results?: unknown } | unknown[] | undefined;
  const choices = Array.isArray(rawChoices) ? rawChoices : Array.isArray(rawChoices?.results) ? rawChoices.results : undefined;
  return checkUniqueNeedsIndex(
    newField(title, internalNameFor(title, existing), type, {
      indexed: body.Indexed === true,
      enforceUniqueValues: body.EnforceUniqueValues === true,
      required: body.Required === true,
      choices: choices?.map(String),
      maxLength: typeof body.MaxLength === 'number' ? body.MaxLength : undefined,
      description: typeof body.Description === 'string' ? body.Description : undefined
    })
  );
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => name === 'CHOICE' });

/**
 * A column from `fields/createfieldasxml` (`{ parameters: { SchemaXml, Options? } }`). As in
 * SharePoint, the internal name comes from `DisplayName` unless `Options` has
 * AddFieldInternalNameHint (8), in which case `Name` is kept.
 */
export function fieldFromSchemaXml(schemaXml: string, options: number, existing: readonly FieldDef[]): FieldDef {
  let parsed: { Field?: Record<string, unknown> };
  try {
    parsed = xmlParser.parse(schemaXml) as { Field?: Record<string, unknown> };
  } catch {
    throw invalidQuery('The SchemaXml is not well-formed.');
  }
  const node = parsed.Field;
  if (!node || typeof node !== 'object') throw invalidQuery('The SchemaXml must have a Field root element.');
  const attr = (name: string): string | undefined => (typeof node[name] === 'string' ? (node[name] as string) : undefined);
  const typeName = attr('Type') ?? '';
  const type = creatableTypes.find((t) => t === typeName) ?? (typeName === 'Integer' ? 'Number' : undefined);
  if (!type) throw invalidQuery(`Field type '${typeName}' is not emulated (supported: ${creatableTypes.join(', ')}).`);
  const displayName = attr('DisplayName') ?? attr('Name');
  if (!displayName) throw invalidQuery('The SchemaXml Field needs a DisplayName or Name.');
  const hinted = (options & INTERNAL_NAME_HINT) !== 0 ? attr('Name') ?? attr('StaticName') : undefined;
  const internalName = internalNameFor(hinted ?? displayName, existing);
  const isTrue = (name: string): boolean => (attr(name) ?? '').toUpperCase() === 'TRUE';
  const choicesNode = node.CHOICES as { CHOICE?: unknown[] } | undefined;
  const maxLength = attr('MaxLength');
  return checkUniqueNeedsIndex(
    newField(displayName, internalName, type, {
      indexed: isTrue('Indexed'),
      enforceUniqueValues: isTrue('EnforceUniqueValues'),
      required: isTrue('Required'),
      choices: choicesNode?.CHOICE?.map(String),
      maxLength: maxLength !== undefined ? Number(maxLength) : undefined,
      description: attr('Description')
    })
  );
}

/**
 * Applies a MERGE on a field (`Indexed`, `EnforceUniqueValues`, `Title`, `Required`, `Description`,
 * `Choices`). Built-in columns other than Title cannot be changed.
 */
export function updateField(field: FieldDef, body: Record<string, unknown>): FieldDef {
  let next: FieldDef = field;
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata' || PRESENTATION_PROPERTIES.includes(key) || key === 'FieldTypeKind') continue;
    if (key === 'Indexed') next = { ...next, indexed: value === true };
    else if (key === 'EnforceUniqueValues') next = { ...next, enforceUniqueValues: value === true };
    else if (key === 'Required') next = { ...next, required: value === true };
    else if (key === 'Title' && typeof value === 'string') next = { ...next, title: value };
    else if (key === 'Description' && typeof value === 'string') next = { ...next, description: value };
    else if (key === 'Choices') {
      const raw = value as { results?: unknown[] } | unknown[];
      next = { ...next, choices: (Array.isArray(raw) ? raw : raw.results ?? []).map(String) };
    } else throw unknownProperty(key, fieldEntityType(field.type));
  }
  // System columns (Created, Modified...) may be indexed in SharePoint, so they are not special here.
  return checkUniqueNeedsIndex(next);
}
