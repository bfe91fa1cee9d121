import type { SPFI } from '@pnp/sp';
import type { DataStores } from '../../services';
import { createAlertLogStore } from './alertLogStore';
import type { BatchOptions } from './batchWriter';
import { createBlueprintStore } from './blueprintStore';
import { createInteractionStore } from './interactionStore';
import { createOpportunityStore } from './opportunityStore';
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
export { createAlertLogStore, createBlueprintStore, createInteractionStore, createOpportunityStore, createParticipantStore, createReviewStore, createScoringModelStore, createSyncStateStore };

/** Every SharePoint store of the data layer over one configured SPFI. */
export function createSharePointStores(sp: SPFI, options: BatchOptions = {}): DataStores {
  return {
    blueprints: createBlueprintStore(sp),
    opportunities: createOpportunityStore(sp, options),
    interactions: createInteractionStore(sp, options),
    participants: createParticipantStore(sp, options),
    alertLog: createAlertLogStore(sp),
    syncState: createSyncStateStore(sp),
    models: createScoringModelStore(sp),
    reviews: createReviewStore(sp)
  };
}
export { opportunityToItem } from './mappers/opportunityMapper';
export { SharePointRequestError, StoredDataError } from './spErrors';
