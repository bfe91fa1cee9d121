import type { SPFI } from '@pnp/sp';
import type { DataStores } from '../../services';
import { createAlertLogStore } from './alertLogStore';
import type { BatchOptions } from './batchWriter';
import { createBlueprintStore } from './blueprintStore';
import { createInteractionStore } from './interactionStore';
import { createLeadModelStore, createLeadStore } from './leadStore';
import { createOpportunityStore } from './opportunityStore';
import type { PageCache } from './pageCache';
import { shareBlueprintReads, shareOpportunityReads } from './pageContext';
import { createParticipantStore } from './participantStore';
import { createReviewStore } from './reviewStore';
import { createScoringModelStore } from './scoringModelStore';
import { createSyncStateStore } from './syncStateStore';

export * from './schema';
export { createSharePointProvisioner, type SharePointProvisionerOptions } from './provisioning';
export { createNodeSp, type NodeSpOptions } from './nodeClient';
export { ValueNetworksBehaviors, APP_PUBLISHER, APP_VERSION, type ValueNetworksBehaviorOptions } from './clientDefaults';
export { ThrottlingRetry, isReplaySafe, type ThrottlingRetryOptions, type RetryEvent } from './behaviors/throttlingRetry';
export { TelemetryHeaders, userAgentString, canSetUserAgent } from './behaviors/telemetryHeaders';

export { runInBatches, DEFAULT_BATCH_SIZE, type BatchOptions, type BatchOperation, type BatchOutcome } from './batchWriter';
export { createAlertLogStore, createBlueprintStore, createInteractionStore, createLeadModelStore, createLeadStore, createOpportunityStore, createParticipantStore, createReviewStore, createScoringModelStore, createSyncStateStore };

export { createPageCache, pageCacheFor, clearPageCache, PAGE_CACHE_TTL_MS, type PageCache, type PageCacheOptions } from './pageCache';
export { sharePageReads, shareBlueprintReads, shareOpportunityReads, shareSetupReads } from './pageContext';

export interface SharePointStoreOptions extends BatchOptions {
  /**
   * The page's shared reads ({@link pageCacheFor} the site URL): web parts on one page then read the
   * blueprint and the opportunity list once between them. Absent: every read goes to SharePoint.
   */
  readonly pageCache?: PageCache;
}

/** Every SharePoint store of the data layer over one configured SPFI. */
export function createSharePointStores(sp: SPFI, options: SharePointStoreOptions = {}): DataStores {
  const { pageCache } = options;
  const blueprints = createBlueprintStore(sp);
  const opportunities = createOpportunityStore(sp, options);
  return {
    blueprints: pageCache ? shareBlueprintReads(blueprints, pageCache) : blueprints,
    opportunities: pageCache ? shareOpportunityReads(opportunities, pageCache) : opportunities,
    interactions: createInteractionStore(sp, options),
    participants: createParticipantStore(sp, options),
    alertLog: createAlertLogStore(sp),
    syncState: createSyncStateStore(sp),
    models: createScoringModelStore(sp),
    reviews: createReviewStore(sp),
    leads: createLeadStore(sp, options),
    leadModels: createLeadModelStore(sp)
  };
}
export { opportunityToItem } from './mappers/opportunityMapper';
export { SharePointRequestError, StoredDataError } from './spErrors';
