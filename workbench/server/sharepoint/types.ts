/**
 * The SharePoint emulator's state, as plain JSON-serialisable data. Times are epoch milliseconds
 * (UTC); they are rendered as ISO 8601 only at the REST boundary.
 */

/** The field types the product uses (SharePoint `TypeAsString` values). */
export type FieldType =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'DateTime'
  | 'Choice'
  | 'Boolean'
  | 'User'
  | 'Computed'
  | 'Guid'
  | 'Attachments'
  | 'ContentTypeId';

export interface FieldDef {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly type: FieldType;
  /** SharePoint's `FieldTypeKind` enum value (2 text, 3 note, 4 date, 6 choice, 8 boolean, 9 number, 10 currency, 20 user...). */
  readonly fieldTypeKind: number;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  /** Built-in columns (Id, Created, Author...) cannot be changed through the emulator. */
  readonly builtIn: boolean;
  readonly choices?: readonly string[];
  readonly maxLength?: number;
  readonly description?: string;
}

/** A stored value: DateTime as epoch ms, User as the user's site id, Choice/Text/Note as strings. */
export type FieldValue = string | number | boolean | null;

export interface ItemVersion {
  /** SharePoint's version id: 512 per major version (1.0 -> 512, 2.0 -> 1024). */
  readonly versionId: number;
  readonly label: string;
  readonly modified: number;
  readonly editorId: number;
  readonly values: Readonly<Record<string, FieldValue>>;
}

export interface ItemRecord {
  readonly id: number;
  readonly guid: string;
  readonly created: number;
  readonly modified: number;
  readonly authorId: number;
  readonly editorId: number;
  /** Incremented on every write; the item's ETag is `"<etag>"` as in SharePoint Online. */
  readonly etag: number;
  /** Major version number (`OData__UIVersionString` is `<uiVersion>.0`). */
  readonly uiVersion: number;
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Earlier versions, oldest first; only kept while the list has versioning enabled. */
  readonly history: readonly ItemVersion[];
}

export interface ListMeta {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly baseTemplate: number;
  readonly enableVersioning: boolean;
  readonly created: number;
  readonly lastItemModified: number;
  readonly fields: readonly FieldDef[];
  readonly nextItemId: number;
  /** Entity name used in odata types, e.g. `OpportunitiesList` -> `SP.Data.OpportunitiesListItem`. */
  readonly entityTypeName: string;
}

export interface SiteUser {
  readonly id: number;
  readonly key: UserKey;
  readonly title: string;
  readonly email: string;
  readonly loginName: string;
  readonly isSiteAdmin: boolean;
}

export type UserKey = 'owner' | 'member' | 'visitor';

/** SharePoint's 64-bit permission mask split in two 32-bit halves, as REST returns it. */
export interface BasePermissions {
  readonly high: number;
  readonly low: number;
}
