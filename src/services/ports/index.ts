/**
 * Ports of the data layer: what use cases need from storage, as interfaces over plain domain data.
 * The SharePoint adapters (src/adapters/sharepoint) implement them; tests and the workbench use the
 * same implementations against the emulator. Times are epoch milliseconds (UTC).
 */

import type { ReviewStore } from '../decisions/reviewRecords';
import type { ModelRegistry } from '../insights/modelRegistry';
import type { AlertLogStore } from './alertLogStore';
import type { BlueprintStore } from './blueprintStore';
import type { InteractionStore } from './interactionStore';
import type { LeadModelRegistry, LeadStore } from './leadStore';
import type { OpportunityStore } from './opportunityStore';
import type { ParticipantStore } from './participantStore';
import type { SyncStateStore } from './syncStateStore';

export type { AlertLogStore, AlertRecord, AlertSeverity, AlertStatus, NewAlert } from './alertLogStore';
export type { DirectoryPeople, DirectoryPerson } from './directoryPeople';
export type { BlueprintAccess, BlueprintHead, BlueprintStore, StoredBlueprint } from './blueprintStore';
export type { InteractionStore } from './interactionStore';
export { LEAD_OUTCOME_VALUES } from './leadStore';
export type { Lead, LeadModelRecord, LeadModelRegistry, LeadOutcome, LeadRecord, LeadStore, StoredLeadScore } from './leadStore';
export type { OpportunityRecord, OpportunityStore } from './opportunityStore';
export type { Participant, ParticipantStore } from './participantStore';
export type { SyncState, SyncStateStore } from './syncStateStore';
export type { UpsertReport, WriteReport } from './writeReport';
// The analysis snapshot is the model's (src/core/model); the ports store it on each opportunity.
export { MAX_DEVIATION_ENTRIES, MAX_SCORE_REASONS } from '../../core/model';
export type { AnalysisSnapshot, DeviationEntry, DeviationSummary, ScoreReason } from '../../core/model';

/** Every store of the data layer, as the composition root hands them to use cases. */
export interface DataStores {
  readonly blueprints: BlueprintStore;
  readonly opportunities: OpportunityStore;
  readonly interactions: InteractionStore;
  readonly participants: ParticipantStore;
  readonly alertLog: AlertLogStore;
  readonly syncState: SyncStateStore;
  /** Trained score models, their evaluation and patterns, and which one is in use. */
  readonly models: ModelRegistry;
  /** Won/lost review records and the outcome reasons (absent where a composition root does not provide them). */
  readonly reviews?: ReviewStore;
  /** The Leads list (schema version 6; absent where a composition root does not provide it). */
  readonly leads?: LeadStore;
  /** Lead models, stored in the ScoringModels list beside (never instead of) the opportunity models. */
  readonly leadModels?: LeadModelRegistry;
}
