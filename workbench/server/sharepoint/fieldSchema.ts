import type { FieldDef, FieldType } from './types';

/** `FieldTypeKind` <-> `TypeAsString` for the types the emulator stores. */
export const fieldTypeKinds: Readonly<Record<FieldType, number>> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  Number: 9,
  Currency: 10,
  DateTime: 4,
  Choice: 6,
  Boolean: 8,
  User: 20,
  Computed: 12,
  Guid: 14,
  Attachments: 19,
  ContentTypeId: 25
};

/** The column types a client may create (others answer 400: not emulated). */
export const creatableTypes: readonly FieldType[] = ['Text', 'Note', 'Number', 'Currency', 'DateTime', 'Choice', 'Boolean', 'User'];

export function fieldTypeFromKind(kind: number): FieldType | undefined {
  // FieldTypeKind 1 (Integer) is stored as a number, as SharePoint's SP.FieldNumber does.
  if (kind === 1) return 'Number';
  return creatableTypes.find((type) => fieldTypeKinds[type] === kind);
}

/** odata type of a field entity, as PnPjs' `FieldTypeClassMapping`. */
export function fieldEntityType(type: FieldType): string {
  switch (type) {
    case 'Text':
      return 'SP.FieldText';
    case 'Note':
      return 'SP.FieldMultiLineText';
    case 'Number':
      return 'SP.FieldNumber';
    case 'Currency':
      return 'SP.FieldCurrency';
    case 'DateTime':
      return 'SP.FieldDateTime';
    case 'Choice':
      return 'SP.FieldChoice';
    case 'User':
      return 'SP.FieldUser';
    case 'Computed':
      return 'SP.FieldComputed';
    case 'Guid':
      return 'SP.FieldGuid';
    default:
      return 'SP.Field';
  }
}

function builtIn(id: string, internalName: string, title: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef {
  return {
    id,
    internalName,
    title,
    type,
    fieldTypeKind: fieldTypeKinds[type],
    indexed: false,
    enforceUniqueValues: false,
    required: false,
    readOnly: true,
    builtIn: true,
    ...extra
  };
}

/** The columns every custom list (BaseTemplate 100) starts with; ids are SharePoint's well-known ones. */
export function builtInFields(): FieldDef[] {
  return [
    builtIn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'Counter', { indexed: true }),
    builtIn('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 'ContentTypeId'),
    builtIn('fa564e0f-0c70-4ab9-b863-0177e6ddd247', 'Title', 'Title', 'Text', { readOnly: false, maxLength: 255 }),
    builtIn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'DateTime'),
    builtIn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'DateTime'),
    builtIn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'User'),
    builtIn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'User'),
    builtIn('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'Attachments'),
    builtIn('ae069f25-3ac2-4256-b9c3-15dbc15da0e0', 'GUID', 'GUID', 'Guid')
  ];
}

/** Encodes every character other than ASCII letters and digits as `_xHHHH_` (XML name escaping). */
export function encodeName(text: string): string {
  let encoded = '';
  for (const ch of text) encoded += /[A-Za-z0-9]/.test(ch) ? ch : `_x${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}_`;
  return encoded;
}

/**
 * SharePoint's internal name for a display name: characters other than ASCII letters and digits are
 * encoded as `_xHHHH_` (a space is `_x0020_`), the result is cut to 32 characters, and a clash with an
 * existing column gets a numeric suffix (`Title0`, `Title1`...).
 */
export function internalNameFor(title: string, existing: readonly FieldDef[]): string {
  const base = encodeName(title).slice(0, 32);
  const taken = (name: string): boolean => existing.some((f) => f.internalName.toLowerCase() === name.toLowerCase());
  if (!taken(base)) return base;
  for (let i = 0; ; i++) {
    if (!taken(`${base}${i}`)) return `${base}${i}`;
  }
}

/**
 * Finds the column a client names in `$select`, `$filter`, `$orderby` or a body. User columns are
 * addressed as `<Name>Id` for their value and `<Name>/<Property>` through `$expand`.
 *
 * @returns the field and which part of it is meant, or `undefined` for an unknown name
 */
export function resolveColumn(fields: readonly FieldDef[], name: string): { field: FieldDef; part: string } | undefined {
  const [head, sub] = name.split('/', 2);
  const lower = head.toLowerCase();
  if (lower === 'id') return { field: fields.find((f) => f.internalName === 'ID') as FieldDef, part: 'value' };
  const exact = fields.find((f) => f.internalName === head);
  if (exact) return { field: exact, part: exact.type === 'User' ? (sub ?? 'value') : 'value' };
  if (head.endsWith('Id')) {
    const user = fields.find((f) => f.type === 'User' && f.internalName === head.slice(0, -2));
    if (user) return { field: user, part: 'Id' };
  }
  return undefined;
}
