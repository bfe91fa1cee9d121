import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { BLUEPRINT_SELECT, draftToItem, itemToLegacyRow, versionToItem, type LegacyBlueprintRow } from './mappers/blueprintMapper';
import { readAllPages } from './paging';
import { BlueprintFields as F, listTitle } from './schema';
import { isDuplicateValueError } from './spErrors';

/** Adds an item unless its unique key is already there (an earlier, interrupted run wrote it). */
async function addOnce(add: () => Promise<unknown>): Promise<void> {
  try {
    await add();
  } catch (error) {
    if (!isDuplicateValueError(error)) throw error;
  }
}

/**
 * Moves blueprints stored by schema version 3 (one item per blueprint, its history in the item's
 * versions) to the life-cycle layout: each published version number becomes a version item (the last
 * content published under that number, since version 3 could change a published blueprint in place),
 * a blueprint whose current state was a draft gets its draft back beside them, then the old item goes
 * to the recycle bin. Every add is keyed, so a run stopped part-way is finished by the next one.
 *
 * @returns the number of blueprints moved
 */
export async function migrateLegacyBlueprints(sp: SPFI): Promise<number> {
  const items = sp.web.lists.getByTitle(listTitle('blueprints')).items;
  const heads = await readAllPages(items.select('Id', F.key, F.blueprintId), (i) => ({ id: Number(i.Id), key: i[F.key], blueprintId: i[F.blueprintId] }));
  const legacy = heads.filter((h) => typeof h.key === 'string' && !h.key.includes('#') && (h.blueprintId === null || h.blueprintId === undefined || h.blueprintId === ''));
  for (const head of legacy) {
    const current = itemToLegacyRow(await items.getById(head.id).select(...BLUEPRINT_SELECT.filter((c) => !c.includes('/') && c !== F.blueprintId && c !== F.basedOn && c !== F.source))<Record<string, unknown>>());
    const versions = (await items.getById(head.id).versions<Record<string, unknown>[]>()).map(itemToLegacyRow);
    const published = new Map<number, LegacyBlueprintRow>();
    // `versions` lists newest first, the current state included; replayed oldest first, the last
    // content published under each number wins.
    const history = versions.length > 0 ? [...versions].reverse() : [current];
    for (const row of history.filter((r) => r.blueprint.status === 'published')) {
      published.set(row.blueprint.version, row);
    }
    for (const [version, row] of [...published.entries()].sort((a, b) => a[0] - b[0])) {
      await addOnce(() => items.add(versionToItem(row.blueprint, version, { kind: 'migrated' })));
    }
    if (current.blueprint.status === 'draft') {
      const live = Math.max(0, ...published.keys());
      await addOnce(() => items.add(draftToItem(current.blueprint, live === 0 ? undefined : live)));
    }
    // The recycle bin keeps the old item (and its versions) for the site's retention period.
    await items.getById(head.id).recycle();
  }
  return legacy.length;
}
