import { StoredDataError } from '../../../core/errors';
import type { Blueprint, BlueprintStatus } from '../../../core/model/blueprint';
import type { BlueprintVersion, StoredBlueprint } from '../../../services/ports';
import { BLUEPRINT_STATUSES, BlueprintFields as F, listTitle } from '../schema';
import { contextOf, etagOf, isRecord, itemIdOf, readDate, readJson, type ItemContext, type SpItem } from './fieldValues';

/** The columns a read needs. */
export const BLUEPRINT_SELECT: readonly string[] = ['Id', 'Title', 'Modified', ...Object.values(F)];

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

/**
 * The REST body of a Blueprints item.
 *
 * @throws RangeError when the JSON exceeds {@link MAX_BLUEPRINT_JSON_CHARS}
 */
export function blueprintToItem(blueprint: Blueprint): Record<string, unknown> {
  const envelope: BlueprintEnvelope = { format: 'valuenetworks.blueprint', formatVersion: 1, blueprint };
  const json = JSON.stringify(envelope);
  if (json.length > MAX_BLUEPRINT_JSON_CHARS) {
    throw new RangeError(`The blueprint is ${json.length} characters as JSON; SharePoint keeps at most ${MAX_BLUEPRINT_JSON_CHARS} in one column.`);
  }
  return {
    Title: blueprint.name.slice(0, 255),
    [F.blueprintId]: blueprint.id,
    [F.status]: blueprint.status,
    [F.version]: blueprint.version,
    [F.json]: json
  };
}

function blueprintOf(item: SpItem, ctx: ItemContext): Blueprint {
  const envelope = readJson<BlueprintEnvelope>(item, F.json, blueprintEnvelopeProblem, ctx);
  if (!envelope) throw new StoredDataError(ctx.list, ctx.itemId, F.json, 'is empty but required');
  // The status column is what queries filter on; it wins over the JSON copy if they ever differ.
  const status = item[F.status];
  return (BLUEPRINT_STATUSES as readonly unknown[]).includes(status) ? { ...envelope.blueprint, status: status as BlueprintStatus } : envelope.blueprint;
}

/**
 * The stored blueprint an item holds.
 *
 * @throws StoredDataError when the JSON column is empty, not JSON or not a blueprint document
 */
export function itemToStoredBlueprint(item: SpItem): StoredBlueprint {
  const ctx = contextOf(listTitle('blueprints'), item);
  return { blueprint: blueprintOf(item, ctx), etag: etagOf(item), itemId: itemIdOf(item) ?? 0, modifiedAt: readDate(item, 'Modified', ctx) ?? 0 };
}

/** One entry of `items(id)/versions` as a {@link BlueprintVersion}. */
export function versionToBlueprintVersion(version: SpItem): BlueprintVersion {
  const ctx: ItemContext = { list: `${listTitle('blueprints')} (version ${String(version.VersionLabel)})`, itemId: itemIdOf(version) };
  return {
    label: typeof version.VersionLabel === 'string' ? version.VersionLabel : '',
    isCurrent: version.IsCurrentVersion === true,
    modifiedAt: readDate(version, 'Modified', ctx) ?? 0,
    blueprint: blueprintOf(version, ctx)
  };
}
