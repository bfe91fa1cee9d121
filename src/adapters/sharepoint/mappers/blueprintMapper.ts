import { StoredDataError } from '../spErrors';
import type { Blueprint, BlueprintStatus } from '../../../core/model';
import type { StoredBlueprint } from '../../../services';
import { BLUEPRINT_STATUSES, BlueprintFields as F, listTitle } from '../schema';
import { contextOf, etagOf, isRecord, itemIdOf, readDate, readJson, readNumber, readText, type ItemContext, type SpItem } from './fieldValues';

/** The columns that say which blueprint, version or draft an item is, without its JSON. */
export const BLUEPRINT_HEAD_SELECT: readonly string[] = ['Id', 'Title', 'Modified', 'Editor/Title', F.key, F.blueprintId, F.status, F.version, F.basedOn, F.source];

/** The columns a full read needs. */
export const BLUEPRINT_SELECT: readonly string[] = [...BLUEPRINT_HEAD_SELECT, F.json];

/** `$expand` that goes with the selects: who saved or published is the item's editor. */
export const BLUEPRINT_EXPAND: readonly string[] = ['Editor'];

/**
 * A multi-line plain text column holds at most 63,999 characters in SharePoint Online; a larger
 * blueprint is refused on save with a clear error rather than cut.
 */
export const MAX_BLUEPRINT_JSON_CHARS: number = 63_999;

/** The blueprint column's JSON: a format tag and version around the blueprint itself. */
export interface BlueprintEnvelope {
  readonly format: 'valuenetworks.blueprint';
  readonly formatVersion: 1;
  readonly blueprint: Blueprint;
}

/** Where a published version came from: a draft (by the draft item's id) or an earlier version (roll back). */
export type VersionSource = { readonly kind: 'draft'; readonly draftItemId: number } | { readonly kind: 'rollback'; readonly version: number } | { readonly kind: 'migrated' };

/** The unique item key of a blueprint's draft or of one of its published versions. */
export function blueprintItemKey(blueprintId: string, state: 'draft' | number): string {
  return state === 'draft' ? `${blueprintId}#draft` : `${blueprintId}#v${state}`;
}

/** The `VNSource` text of a version. */
export function sourceText(source: VersionSource): string {
  return source.kind === 'draft' ? `draft:${source.draftItemId}` : source.kind === 'rollback' ? `rollback:${source.version}` : 'migrated';
}

/** Parses `VNSource`; `undefined` for an empty or unknown value. */
export function parseSource(text: string | undefined): VersionSource | undefined {
  const match = /^(draft|rollback):(\d+)$/.exec(text ?? '');
  if (text === 'migrated') return { kind: 'migrated' };
  if (!match) return undefined;
  return match[1] === 'draft' ? { kind: 'draft', draftItemId: Number(match[2]) } : { kind: 'rollback', version: Number(match[2]) };
}

/** Checks the envelope and the blueprint's shape (not its model rules); returns a problem or `undefined`. */
export function blueprintEnvelopeProblem(value: unknown): string | undefined {
  if (!isRecord(value) || value.format !== 'valuenetworks.blueprint') return 'expected a ValueNetworks blueprint document';
  if (value.formatVersion !== 1) return `unknown blueprint format version ${JSON.stringify(value.formatVersion)}`;
  const b = value.blueprint;
  if (!isRecord(b)) return 'the document has no blueprint';
  if (typeof b.id !== 'string' || typeof b.name !== 'string') return 'the blueprint needs an id and a name';
  if (typeof b.version !== 'number' || !Number.isInteger(b.version) || b.version < 1) return 'the blueprint version must be a whole number from 1';
  if (!(BLUEPRINT_STATUSES as readonly unknown[]).includes(b.status)) return `unknown blueprint status ${JSON.stringify(b.status)}`;
  if (!Array.isArray(b.roles) || !Array.isArray(b.stages) || !Array.isArray(b.transactions)) return 'roles, stages and transactions must be lists';
  return undefined;
}

function envelopeJson(blueprint: Blueprint): string {
  const envelope: BlueprintEnvelope = { format: 'valuenetworks.blueprint', formatVersion: 1, blueprint };
  const json = JSON.stringify(envelope);
  if (json.length > MAX_BLUEPRINT_JSON_CHARS) {
    throw new RangeError(`The blueprint is ${json.length} characters as JSON; SharePoint keeps at most ${MAX_BLUEPRINT_JSON_CHARS} in one column.`);
  }
  return json;
}

/**
 * The REST body of a blueprint's working draft; the draft is saved as the version it will become.
 *
 * @param basedOn the live version the draft started from; `undefined` before the first publication
 * @throws RangeError when the JSON exceeds {@link MAX_BLUEPRINT_JSON_CHARS}
 */
export function draftToItem(blueprint: Blueprint, basedOn: number | undefined): Record<string, unknown> {
  const draft: Blueprint = { ...blueprint, status: 'draft', version: (basedOn ?? 0) + 1 };
  return {
    Title: draft.name.slice(0, 255),
    [F.key]: blueprintItemKey(draft.id, 'draft'),
    [F.blueprintId]: draft.id,
    [F.status]: 'draft',
    [F.version]: draft.version,
    [F.basedOn]: basedOn ?? null,
    [F.source]: null,
    [F.json]: envelopeJson(draft)
  };
}

/**
 * The REST body of published version `version` of a blueprint. Version items are written once and
 * never changed: the item key makes a second writer of the same version fail.
 *
 * @throws RangeError when the JSON exceeds {@link MAX_BLUEPRINT_JSON_CHARS}
 */
export function versionToItem(blueprint: Blueprint, version: number, source: VersionSource): Record<string, unknown> {
  const published: Blueprint = { ...blueprint, status: 'published', version };
  return {
    Title: published.name.slice(0, 255),
    [F.key]: blueprintItemKey(published.id, version),
    [F.blueprintId]: published.id,
    [F.status]: 'published',
    [F.version]: version,
    [F.basedOn]: null,
    [F.source]: sourceText(source),
    [F.json]: envelopeJson(published)
  };
}

function blueprintOf(item: SpItem, ctx: ItemContext): Blueprint {
  const envelope = readJson<BlueprintEnvelope>(item, F.json, blueprintEnvelopeProblem, ctx);
  if (!envelope) throw new StoredDataError(ctx.list, ctx.itemId, F.json, 'is empty but required');
  // The columns are what queries filter on; they win over the JSON copy if they ever differ.
  const status = item[F.status];
  const version = readNumber(item, F.version, ctx);
  return {
    ...envelope.blueprint,
    ...((BLUEPRINT_STATUSES as readonly unknown[]).includes(status) ? { status: status as BlueprintStatus } : {}),
    ...(version !== undefined && Number.isInteger(version) && version >= 1 ? { version } : {})
  };
}

function editorName(item: SpItem): string | undefined {
  const editor = item.Editor;
  return isRecord(editor) && typeof editor.Title === 'string' && editor.Title !== '' ? editor.Title : undefined;
}

/** The facts of an item that say what it is, read without its JSON. */
export interface BlueprintItemHead {
  readonly itemId: number;
  readonly key: string;
  /** `undefined` on a row of schema version 3 (one item per blueprint), which the migration moves. */
  readonly blueprintId: string | undefined;
  readonly status: BlueprintStatus | undefined;
  readonly version: number | undefined;
  readonly basedOn: number | undefined;
  readonly source: VersionSource | undefined;
  readonly name: string;
  readonly modifiedAt: number;
  readonly modifiedBy: string | undefined;
  readonly etag: string;
}

/** The head of an item of a {@link BLUEPRINT_HEAD_SELECT} read. */
export function itemToHead(item: SpItem): BlueprintItemHead {
  const ctx = contextOf(listTitle('blueprints'), item);
  const status = item[F.status];
  return {
    itemId: itemIdOf(item) ?? 0,
    key: readText(item, F.key, ctx) ?? '',
    blueprintId: readText(item, F.blueprintId, ctx),
    status: (BLUEPRINT_STATUSES as readonly unknown[]).includes(status) ? (status as BlueprintStatus) : undefined,
    version: readNumber(item, F.version, ctx),
    basedOn: readNumber(item, F.basedOn, ctx),
    source: parseSource(readText(item, F.source, ctx)),
    name: typeof item.Title === 'string' ? item.Title : '',
    modifiedAt: readDate(item, 'Modified', ctx) ?? 0,
    modifiedBy: editorName(item),
    etag: etagOf(item)
  };
}

/**
 * The stored blueprint an item holds (a version or a draft).
 *
 * @throws StoredDataError when the JSON column is empty, not JSON or not a blueprint document
 */
export function itemToStoredBlueprint(item: SpItem): StoredBlueprint {
  const ctx = contextOf(listTitle('blueprints'), item);
  const head = itemToHead(item);
  const blueprint = blueprintOf(item, ctx);
  return {
    blueprint,
    etag: head.etag,
    itemId: head.itemId,
    modifiedAt: head.modifiedAt,
    ...(head.modifiedBy !== undefined ? { modifiedBy: head.modifiedBy } : {}),
    ...(blueprint.status === 'draft' && head.basedOn !== undefined ? { basedOnVersion: head.basedOn } : {}),
    ...(blueprint.status === 'published' && head.source?.kind === 'rollback' ? { restoredFrom: head.source.version } : {})
  };
}

/** A row of schema version 3's one-item-per-blueprint layout, or of one of its item versions. */
export interface LegacyBlueprintRow {
  readonly blueprint: Blueprint;
  readonly modifiedAt: number;
}

/**
 * A schema-3 item (or one of its `versions`) as a {@link LegacyBlueprintRow}.
 *
 * @throws StoredDataError when its JSON is not a blueprint document
 */
export function itemToLegacyRow(item: SpItem): LegacyBlueprintRow {
  const label = typeof item.VersionLabel === 'string' ? ` (version ${item.VersionLabel})` : '';
  const ctx: ItemContext = { list: `${listTitle('blueprints')}${label}`, itemId: itemIdOf(item) };
  return { blueprint: blueprintOf(item, ctx), modifiedAt: readDate(item, 'Modified', ctx) ?? 0 };
}
