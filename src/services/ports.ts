/**
 * Ports of the data layer: what use cases need from storage, as interfaces over plain domain data.
 * The SharePoint adapters (src/adapters/sharepoint) implement them; tests and the workbench use the
 * same implementations against the emulator. Times are epoch milliseconds (UTC).
 */
import type { Blueprint } from '../core/model/blueprint';
import type { Interaction, Opportunity, OpportunityStatus } from '../core/model/interaction';
import type { ModelRegistry } from './insights/modelRegistry';

/**
 * One stored state of a blueprint: a published version (`blueprint.status` `published`, `version` n)
 * or the working draft (`draft`, `version` = the version it will become when published).
 */
export interface StoredBlueprint {
  readonly blueprint: Blueprint;
  /** Opaque concurrency token of the stored state; pass it back to save or publish the draft. */
  readonly etag: string;
  readonly itemId: number;
  /** When the draft was last saved, or when the version was published (epoch ms). */
  readonly modifiedAt: number;
  /** Who saved the draft last, or who published the version (a display name); absent when unknown. */
  readonly modifiedBy?: string;
  /** Draft only: the published version it was started from; absent before the first publication. */
  readonly basedOnVersion?: number;
  /** Published only: the version this one republished (a roll back), absent for a published draft. */
  readonly restoredFrom?: number;
}

/** A blueprint of the site: its live version and its working draft, either of which may be absent. */
export interface BlueprintHead {
  readonly blueprintId: string;
  /** The name of the draft when there is one (what editors see), else of the published version. */
  readonly name: string;
  readonly published?: StoredBlueprint;
  readonly draft?: StoredBlueprint;
}

/** What the signed-in user may do with blueprints; SharePoint enforces it regardless. */
export interface BlueprintAccess {
  readonly canRead: boolean;
  /** May save and discard the working draft. */
  readonly canEdit: boolean;
  /** May make the draft (or an earlier version) the live one. */
  readonly canPublish: boolean;
}

/**
 * The blueprint life cycle (../shared/ARCHITECTURE.md, "The blueprint's life cycle"). Monitoring,
 * scores and alerts read the published version only; every edit goes to the one working draft;
 * publishing makes the draft the next version in one atomic step.
 */
export interface BlueprintStore {
  /** Every blueprint of the site with its published version and draft. */
  list(): Promise<BlueprintHead[]>;
  /**
   * The live (highest) published version of `blueprintId`; without an id, of the blueprint published
   * most recently. `undefined` when nothing is published.
   */
  getPublished(blueprintId?: string): Promise<StoredBlueprint | undefined>;
  /** Published version `version` of `blueprintId`, live or earlier. */
  getVersion(blueprintId: string, version: number): Promise<StoredBlueprint | undefined>;
  /** The working draft of `blueprintId`, if any. */
  getDraft(blueprintId: string): Promise<StoredBlueprint | undefined>;
  /**
   * Saves the working draft; the published version is never touched. Without `etag` there must be no
   * draft yet (a new blueprint, or the first edit since the last publication); with `etag` the stored
   * draft must still carry it.
   *
   * @throws ConcurrencyConflictError carrying both drafts when someone else saved (or published or
   *   discarded the draft) in between
   */
  saveDraft(blueprint: Blueprint, etag?: string): Promise<StoredBlueprint>;
  /** Deletes the working draft (same ETag rule); the published version stays live. */
  discardDraft(blueprintId: string, etag: string): Promise<void>;
  /**
   * Makes the draft the next published version in one write, then removes the draft. A lost answer
   * or a crash leaves either the old or the new version live, never none and never two.
   *
   * @param expectedLiveVersion the version the caller saw live (`undefined`: nothing published);
   *   when another version went live meanwhile, nothing is published
   * @throws ConcurrencyConflictError when the draft changed since `etag`;
   *   PublishConflictError when the live version is no longer `expectedLiveVersion`
   */
  publish(blueprintId: string, etag: string, expectedLiveVersion: number | undefined): Promise<StoredBlueprint>;
  /**
   * Publishes the content of an earlier version again, as the next version (roll back).
   *
   * @throws PublishConflictError when the live version is no longer `expectedLiveVersion`
   */
  republish(blueprintId: string, version: number, expectedLiveVersion: number): Promise<StoredBlueprint>;
  /** Every published version of `blueprintId`, newest first. */
  history(blueprintId: string): Promise<StoredBlueprint[]>;
  /**
   * The signed-in user's rights. Publishing needs the right to manage the Blueprints list (site
   * owners) or membership of `publisherGroup` (a SharePoint group named by the site owner).
   */
  access(publisherGroup?: string): Promise<BlueprintAccess>;
}

/** One deviation from the blueprint (core conformance `Deviation`, without trace indexes), small enough for a list column. */
export interface DeviationEntry {
  /** `missing-exchange`, `out-of-order`, `late`, `unexpected-exchange`, `uncovered-role`, `single-threaded`. */
  readonly kind: string;
  readonly severity: 'low' | 'medium' | 'high';
  readonly transactionId?: string;
  readonly constraintId?: string;
  readonly roleId?: string;
  readonly message: string;
}

/** The deviations of an opportunity against the published blueprint at analysis time. */
export interface DeviationSummary {
  /** Constraint results of the conformance check, by state. */
  readonly violated: number;
  readonly pending: number;
  readonly satisfied: number;
  /** Every deviation found, before truncation to `top`. */
  readonly deviationCount: number;
  /** The deviations, high severity first, at most {@link MAX_DEVIATION_ENTRIES}. */
  readonly top: readonly DeviationEntry[];
}

export const MAX_DEVIATION_ENTRIES: number = 20;

/** One reason behind a stored score: a score contribution without its raw feature value. */
export interface ScoreReason {
  /** Feature name, e.g. `exchange:t3`. */
  readonly feature: string;
  /** Readable phrase, e.g. `no "Business case" (Account executive → Economic buyer)`. */
  readonly label: string;
  /** Probability points (0-100 scale), signed: positive raises the score. */
  readonly points: number;
}

/** Reasons stored with a score: the largest contributions by magnitude. */
export const MAX_SCORE_REASONS: number = 5;

/** The latest analysis of an opportunity, stored on its Opportunities item. */
export interface AnalysisSnapshot {
  /** Win probability in [0, 1] when a scoring model was available. */
  readonly score?: number;
  /** Which model produced `score`, e.g. `logistic (120 won / 310 lost)`; absent without a score. */
  readonly scoreModel?: string;
  /** Why: at most {@link MAX_SCORE_REASONS} contributions, largest |points| first; absent without a score. */
  readonly scoreReasons?: readonly ScoreReason[];
  readonly fitness: number;
  readonly deviations: DeviationSummary;
  readonly analysedAt: number;
  /** Blueprint id and version the analysis ran against. */
  readonly blueprintId: string;
  readonly blueprintVersion: number;
}

/** An opportunity as stored: the domain object, its current stage, and its latest analysis. */
export interface OpportunityRecord {
  readonly opportunity: Opportunity;
  /** The stage of the last stage-history entry, denormalised for list views. */
  readonly stage?: string;
  readonly snapshot?: AnalysisSnapshot;
  readonly itemId: number;
}

/** Outcome of writing many records keyed by a unique column. */
export interface WriteReport {
  /** Written by this call. */
  readonly accepted: number;
  /** Refused as duplicates of a stored record: imported before, or written by an earlier attempt whose answer was lost. */
  readonly alreadyStored: number;
  /** Not written after every retry; listed in `failures`. */
  readonly failed: number;
  readonly failures: readonly { readonly key: string; readonly reason: string }[];
}

/**
 * Outcome of adding or updating records: `accepted` counts the new ones, `updated` the stored ones that
 * changed (and were written), `alreadyStored` the stored ones that were identical (nothing written).
 */
export interface UpsertReport extends WriteReport {
  /** Keys of the added records (`accepted` of them), in input order: with `updatedIds`, what to re-analyse. */
  readonly acceptedIds: readonly string[];
  readonly updated: number;
  /** Keys of the updated records, in input order. */
  readonly updatedIds: readonly string[];
}

export interface OpportunityStore {
  /** Adds opportunities by external id; an id already stored counts as already stored and is not changed. */
  addMany(opportunities: readonly Opportunity[]): Promise<WriteReport>;
  /**
   * Adds new opportunities and updates stored ones (by external id) with `mergeOpportunity`: the
   * import's fields win, stage histories are united. Only the opportunity columns are written, never
   * the analysis snapshot. When an id occurs twice, the last one wins.
   */
  upsertMany(opportunities: readonly Opportunity[]): Promise<UpsertReport>;
  /** The records of these external ids (missing ids are left out), read through the unique indexed key. */
  getMany(externalIds: readonly string[]): Promise<OpportunityRecord[]>;
  /** Every opportunity with its snapshot, paged; never touches raw interactions. */
  listAll(): Promise<OpportunityRecord[]>;
  /**
   * The opportunities of one status, one page (at most `pageSize`, default and cap 5,000) at a time,
   * read through the indexed status column so the query keeps working past the list view threshold.
   */
  pagesByStatus(status: OpportunityStatus, pageSize?: number): AsyncIterable<OpportunityRecord[]>;
  /** Writes snapshots back by item id, in batches. */
  saveSnapshots(snapshots: readonly { readonly itemId: number; readonly snapshot: AnalysisSnapshot }[]): Promise<WriteReport>;
}

export interface InteractionStore {
  /** Adds interactions by source key; a key already stored counts as already stored. */
  addMany(interactions: readonly Interaction[]): Promise<WriteReport>;
  /** One opportunity's interactions through the indexed opportunity id, in stored order. */
  listByOpportunity(opportunityId: string): Promise<Interaction[]>;
  /** Several opportunities' interactions (batched reads), keyed by opportunity id. */
  listByOpportunities(opportunityIds: readonly string[]): Promise<Map<string, Interaction[]>>;
}

/** A person in a role on an account or opportunity. */
export interface Participant {
  /** Email or UPN; the key that matches interactions' participants. */
  readonly email: string;
  readonly displayName?: string;
  /** Blueprint role id. */
  readonly role: string;
  readonly account: string;
  /** Absent for account-wide roles. */
  readonly opportunityId?: string;
}

export interface ParticipantStore {
  /** Adds participants keyed by email, role and opportunity (or account); duplicates count as already stored. */
  addMany(participants: readonly Participant[]): Promise<WriteReport>;
  listByOpportunity(opportunityId: string): Promise<Participant[]>;
  /** Every participant, paged in item-id order (safe past the 5,000-item list view threshold); one request per page. */
  listAll(): Promise<Participant[]>;
}

export type AlertSeverity = 'info' | 'warning' | 'critical';
export type AlertStatus = 'pending' | 'sent' | 'failed';

/** An alert about to be sent. `dedupeKey` identifies it across retries and runs. */
export interface NewAlert {
  readonly dedupeKey: string;
  readonly opportunityId: string;
  readonly rule: string;
  readonly severity: AlertSeverity;
  /** Delivery channel, e.g. `teams-channel`, `webhook`, `mail`. */
  readonly channel: string;
  /** One-line summary shown in the log. */
  readonly summary: string;
  readonly recordedAt: number;
  /** A digest's deals (its dashboard filter); absent for single-deal alerts and claims. */
  readonly dealIds?: readonly string[];
}

export interface AlertRecord extends NewAlert {
  readonly itemId: number;
  readonly status: AlertStatus;
  readonly messageId?: string;
  readonly sentAt?: number;
  readonly attempts: number;
  readonly lastError?: string;
  /** Who acknowledged the alert in the dashboard (login name) and when (epoch ms). */
  readonly acknowledgedBy?: string;
  readonly acknowledgedAt?: number;
  /** A digest snoozed until then (epoch ms): the monitor sends no digest of the same scope and rule before it. */
  readonly snoozedUntil?: number;
}

export interface AlertLogStore {
  /**
   * Records an alert before it is sent (status `pending`). If the dedupe key is already recorded,
   * returns the existing record with `created: false` and writes nothing: the caller sends only when
   * `created` is true or the existing record is still `pending`/`failed`, which gives exactly-once.
   */
  record(alert: NewAlert): Promise<{ readonly record: AlertRecord; readonly created: boolean }>;
  get(dedupeKey: string): Promise<AlertRecord | undefined>;
  markSent(record: AlertRecord, messageId: string, sentAt: number): Promise<AlertRecord>;
  markFailed(record: AlertRecord, error: string): Promise<AlertRecord>;
  /** Every record of `opportunityId` (a deal id, or a digest scope `*`, `team:<id>`, `@<address>`), claims included. */
  listByOpportunity(opportunityId: string): Promise<AlertRecord[]>;
  /** Records who acknowledged the alert and when; the delivery state is left as it is. */
  acknowledge(record: AlertRecord, by: string, at: number): Promise<AlertRecord>;
  /** Records that `by` snoozed the alert at `at` until `until` (epoch ms); also an acknowledgement. */
  snooze(record: AlertRecord, by: string, at: number, until: number): Promise<AlertRecord>;
  /** Records snoozed past `now` (one indexed request, paged). */
  listSnoozed(now: number): Promise<AlertRecord[]>;
}

/** Progress of one history source (a Graph mailbox, a CSV drop folder...). */
export interface SyncState {
  readonly sourceKey: string;
  readonly displayName?: string;
  readonly deltaToken?: string;
  readonly lastRunAt?: number;
  readonly lastSuccessAt?: number;
  readonly lastError?: string;
  /** The sync run's summary item only: what the run brought in, JSON (src/services/syncStatus.ts). */
  readonly details?: string;
}

export interface SyncStateStore {
  get(sourceKey: string): Promise<SyncState | undefined>;
  /** Creates or replaces the state of `state.sourceKey`. */
  save(state: SyncState): Promise<SyncState>;
}

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
}
