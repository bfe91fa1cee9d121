/**
 * The history sync use case: read Microsoft 365 history (through the {@link HistorySource} port),
 * recognise interactions with the published Technical Blueprint and the participant-to-role mapping,
 * import them through the idempotent import use case, re-analyse only the touched opportunities,
 * and advance each source's delta token only once its items are safely stored.
 */
import { ValueNetworksError } from '../core';
import type { ScoringModel } from '../core/insights';
import type { Blueprint, RoleAssignment } from '../core/model';
import { recogniseItems, type UnmatchedItem, type UnmatchedReason, sourceKeyOf } from '../core/recognition';
import type { RecognitionContext } from '../core/recognition';
import { analyseTouchedOpportunities, type AnalysisReport } from './analysis';
import type { HistoryRead, HistorySource } from './historySource';
import { importRecords } from './importData';
import type { DataStores, Participant, SyncState, WriteReport } from './ports';
import { SYNC_SUMMARY_KEY, syncRunDetails } from './syncStatus';

/** The sync cannot start: nothing to recognise against. */
export class NoPublishedBlueprintError extends ValueNetworksError {
  public constructor() {
    super('No blueprint is published: publish one (with its Technical Blueprint) before syncing history.');
  }
}

/** SyncState key of the review summary: the unmatched counts and details of the last run. */
export { SYNC_SUMMARY_KEY };

export interface SourceOutcome {
  readonly sourceKey: string;
  readonly items: number;
  readonly unreadable: number;
  readonly removed: number;
  readonly resynced: boolean;
  /** True when the new delta token was stored. */
  readonly advanced: boolean;
  readonly error?: string;
}

export interface SyncReport {
  readonly sources: readonly SourceOutcome[];
  /** Interactions recognised this run (before the store's duplicate check). */
  readonly recognised: number;
  readonly interactions: WriteReport;
  /** Items that gave no interaction, with their reason, for review. */
  readonly unmatched: readonly UnmatchedItem[];
  readonly unmatchedByReason: Readonly<Record<UnmatchedReason, number>>;
  readonly touchedOpportunityIds: readonly string[];
  readonly analysis: AnalysisReport;
  /** Sources that failed to read or to store: their tokens were kept, so the next run reads them again. */
  readonly failedSources: readonly string[];
}

export type SyncStores = Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants' | 'syncState'>;

/**
 * Who plays which role: the Technical Blueprint's assignments plus the Participants list's entries of
 * every open opportunity. The Participants list is read once, paged (a request per 5,000 people),
 * rather than once per open deal: with thousands of open deals that is thousands fewer requests.
 */
export async function loadRecognitionContext(stores: Pick<DataStores, 'opportunities' | 'participants'>, blueprint: Blueprint): Promise<RecognitionContext> {
  const [records, people] = await Promise.all([stores.opportunities.listAll(), stores.participants.listAll()]);
  const opportunities = records.map((r) => ({ id: r.opportunity.id, account: r.opportunity.account, status: r.opportunity.status }));
  return { blueprint, participants: recognitionParticipants(blueprint, opportunities, people), opportunities };
}

/**
 * Who plays which role for recognition: the Technical Blueprint's own assignments, account-wide people
 * (no opportunity: how the people-and-roles editor and imports store customer contacts), who hold their
 * role on every deal of the account, and deal-level people while that deal is open.
 */
export function recognitionParticipants(
  blueprint: Blueprint,
  opportunities: readonly { readonly id: string; readonly status: string }[],
  people: readonly Participant[]
): RoleAssignment[] {
  const open = new Set(opportunities.filter((o) => o.status === 'open').map((o) => o.id));
  const participants: RoleAssignment[] = [...(blueprint.technical?.participants ?? [])];
  for (const p of people) {
    if (p.opportunityId === undefined || open.has(p.opportunityId)) participants.push({ account: p.account, email: p.email, roleId: p.role });
  }
  return participants;
}

function summaryText(counts: Readonly<Record<UnmatchedReason, number>>): string | undefined {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([reason, n]) => `${reason} ${n}`);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return total === 0 ? undefined : `${total} unmatched item(s) to review: ${parts.join(', ')}`;
}

/** A source whose items include a key the store failed to write must be read again next time. */
function storeFailed(read: HistoryRead, failedKeys: ReadonlySet<string>): boolean {
  return read.items.some((item) => failedKeys.has(sourceKeyOf(item)));
}

/**
 * Runs one sync. Order matters for "nothing lost, nothing doubled": tokens are saved only after the
 * import reported the source's items stored (accepted or already stored); a source that failed keeps
 * its old token, and the stable source keys make the re-read harmless.
 *
 * @param now epoch ms of the run (sync state times, analysis time)
 * @param options.scoringModel scores the re-analysed deals' snapshots (without it they carry no score)
 * @throws NoPublishedBlueprintError when no blueprint is published
 */
export async function syncHistory(stores: SyncStores, history: HistorySource, now: number, options: { readonly scoringModel?: ScoringModel } = {}): Promise<SyncReport> {
  const published = await stores.blueprints.getPublished();
  if (published === undefined) throw new NoPublishedBlueprintError();
  const keys = history.sourceKeys();
  const previous = new Map<string, SyncState | undefined>();
  for (const key of keys) previous.set(key, await stores.syncState.get(key));
  const reads = await history.read(new Map(keys.map((key) => [key, previous.get(key)?.deltaToken])));
  const context = await loadRecognitionContext(stores, published.blueprint);
  const recognition = recogniseItems(reads.flatMap((r) => (r.error === undefined ? r.items : [])), context);
  const imported = await importRecords(stores, { interactions: recognition.interactions });
  const failedKeys = new Set(imported.interactions.failures.map((f) => f.key));

  const sources: SourceOutcome[] = [];
  for (const read of reads) {
    const before = previous.get(read.sourceKey);
    const error = read.error ?? (storeFailed(read, failedKeys) ? 'some interactions could not be stored; the source is read again next run' : undefined);
    const state: SyncState = {
      sourceKey: read.sourceKey,
      displayName: read.displayName,
      ...(error === undefined ? (read.deltaToken !== undefined ? { deltaToken: read.deltaToken } : {}) : before?.deltaToken !== undefined ? { deltaToken: before.deltaToken } : {}),
      lastRunAt: now,
      ...(error === undefined ? { lastSuccessAt: now } : before?.lastSuccessAt !== undefined ? { lastSuccessAt: before.lastSuccessAt } : {}),
      ...(error !== undefined ? { lastError: error } : {})
    };
    await stores.syncState.save(state);
    sources.push({ sourceKey: read.sourceKey, items: read.items.length, unreadable: read.unreadable, removed: read.removed, resynced: read.resynced, advanced: error === undefined && read.deltaToken !== undefined, ...(error !== undefined ? { error } : {}) });
  }
  const summary = summaryText(recognition.unmatchedByReason);
  // What the run brought in and what it could not match, grouped, for the dashboard's sync section.
  const details = syncRunDetails(
    {
      ranAt: now,
      sources: sources.map((s, i) => ({ sourceKey: s.sourceKey, ...(reads[i]?.displayName !== undefined ? { displayName: reads[i].displayName } : {}), items: s.items, ...(s.error !== undefined ? { error: s.error } : {}) })),
      recognised: recognition.interactions.length,
      stored: imported.interactions.accepted,
      alreadyStored: imported.interactions.alreadyStored,
      failed: imported.interactions.failed,
      unmatched: recognition.unmatched.length,
      unmatchedByReason: Object.fromEntries(Object.entries(recognition.unmatchedByReason).filter(([, n]) => n > 0))
    },
    recognition.unmatched
  );
  await stores.syncState.save({ sourceKey: SYNC_SUMMARY_KEY, displayName: 'Microsoft 365 history sync', lastRunAt: now, lastSuccessAt: now, ...(summary !== undefined ? { lastError: summary } : {}), details });

  const analysis = await analyseTouchedOpportunities(stores, imported.touchedOpportunityIds, { now, blueprint: published.blueprint, ...(options.scoringModel !== undefined ? { scoringModel: options.scoringModel } : {}) });
  return {
    sources,
    recognised: recognition.interactions.length,
    interactions: imported.interactions,
    unmatched: recognition.unmatched,
    unmatchedByReason: recognition.unmatchedByReason,
    touchedOpportunityIds: imported.touchedOpportunityIds,
    analysis,
    failedSources: sources.filter((s) => s.error !== undefined).map((s) => s.sourceKey)
  };
}
