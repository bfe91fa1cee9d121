/**
 * The page-level context: the reads every web part on a page starts with (the site's set-up check,
 * the user's permissions, the blueprint heads and published version, the opportunity list), shared
 * through one {@link PageCache} so that a page with four web parts makes each of them once. A
 * decorator over the ports, so the stores themselves stay a thin query plus a mapper.
 */
import type { BlueprintStore, DataStores, OpportunityStore, SiteProvisioner } from '../../services';
import { PageCacheKeys as K, sharedRead, writeThrough, type PageCache } from './pageCache';

/** Blueprint reads that open an app (heads, published version, access) shared; every write forgets them. */
export function shareBlueprintReads(store: BlueprintStore, cache: PageCache): BlueprintStore {
  const write = <T>(run: () => Promise<T>): Promise<T> => writeThrough(cache, K.blueprints, run);
  return {
    ...store,
    list: () => sharedRead(cache, `${K.blueprints}list`, () => store.list()).then((heads) => [...heads]),
    getPublished: (blueprintId) => sharedRead(cache, `${K.blueprints}published:${blueprintId ?? '*'}`, () => store.getPublished(blueprintId)),
    access: (publisherGroup) => sharedRead(cache, `${K.blueprints}access:${publisherGroup?.trim().toLowerCase() ?? ''}`, () => store.access(publisherGroup)),
    saveDraft: (blueprint, etag) => write(() => store.saveDraft(blueprint, etag)),
    discardDraft: (blueprintId, etag) => write(() => store.discardDraft(blueprintId, etag)),
    publish: (blueprintId, etag, expected) => write(() => store.publish(blueprintId, etag, expected)),
    republish: (blueprintId, version, expected) => write(() => store.republish(blueprintId, version, expected))
  };
}

/** The whole opportunity list read once for the page (dashboard, participant roles); every write forgets it. */
export function shareOpportunityReads(store: OpportunityStore, cache: PageCache): OpportunityStore {
  const write = <T>(run: () => Promise<T>): Promise<T> => writeThrough(cache, K.opportunities, run);
  return {
    ...store,
    // A copy of the array: callers may sort or filter it in place; the records themselves are read-only.
    listAll: () => sharedRead(cache, `${K.opportunities}all`, () => store.listAll()).then((records) => [...records]),
    addMany: (opportunities) => write(() => store.addMany(opportunities)),
    upsertMany: (opportunities) => write(() => store.upsertMany(opportunities)),
    saveSnapshots: (snapshots) => write(() => store.saveSnapshots(snapshots))
  };
}

/** The set-up check and the permission to run it, once per page; running the set-up forgets them. */
export function shareSetupReads(provisioner: SiteProvisioner, cache: PageCache): SiteProvisioner {
  return {
    ...provisioner,
    inspect: () => sharedRead(cache, `${K.setup}inspect`, () => provisioner.inspect()),
    canManageLists: () => sharedRead(cache, `${K.setup}canManageLists`, () => provisioner.canManageLists()),
    provision: () => writeThrough(cache, K.setup, () => provisioner.provision())
  };
}

/** Every store of `stores` with the page's shared reads (see the module comment). */
export function sharePageReads(stores: DataStores, cache: PageCache): DataStores {
  return { ...stores, blueprints: shareBlueprintReads(stores.blueprints, cache), opportunities: shareOpportunityReads(stores.opportunities, cache) };
}
