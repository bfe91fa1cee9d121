/**
 * Import use cases: interactions, opportunities and participants (as parsed by src/interchange or
 * produced by a sync) written through the stores, idempotently. Re-importing a file writes nothing
 * new: every record is keyed by a unique column and a refused duplicate counts as "already stored".
 * Opportunities are the exception that may change: a re-export from the CRM updates stored deals
 * (see `mergeOpportunity`).
 */
import type { Interaction, Opportunity } from '../core/model';
import type { DataStores, Participant, UpsertReport, WriteReport } from './ports';

/** Counts of one import, per kind of record. */
export interface ImportReport {
  /** New (`accepted`), changed (`updated`) and identical (`alreadyStored`) opportunities. */
  readonly opportunities: UpsertReport;
  readonly interactions: WriteReport;
  readonly participants: WriteReport;
  /** Opportunity ids whose interactions or records changed: the ones to re-analyse. */
  readonly touchedOpportunityIds: readonly string[];
}

export interface ImportInput {
  readonly opportunities?: readonly Opportunity[];
  readonly interactions?: readonly Interaction[];
  readonly participants?: readonly Participant[];
}

export const EMPTY_WRITE_REPORT: WriteReport = { accepted: 0, alreadyStored: 0, failed: 0, failures: [] };

export const EMPTY_UPSERT_REPORT: UpsertReport = { ...EMPTY_WRITE_REPORT, acceptedIds: [], updated: 0, updatedIds: [] };

/** Adds two write reports (for imports done in chunks). */
export function addWriteReports(a: WriteReport, b: WriteReport): WriteReport {
  return { accepted: a.accepted + b.accepted, alreadyStored: a.alreadyStored + b.alreadyStored, failed: a.failed + b.failed, failures: [...a.failures, ...b.failures] };
}

/** Adds two upsert reports (for imports done in chunks). */
export function addUpsertReports(a: UpsertReport, b: UpsertReport): UpsertReport {
  return { ...addWriteReports(a, b), acceptedIds: [...a.acceptedIds, ...b.acceptedIds], updated: a.updated + b.updated, updatedIds: [...a.updatedIds, ...b.updatedIds] };
}

/**
 * Ids of the opportunities an import changed: the added and updated ones (unchanged ones are left
 * out, but one whose write failed is in: it may or may not be stored), and, when any interaction was
 * new, those the interactions point at.
 */
function touched(input: ImportInput, opportunities: UpsertReport, newInteractions: boolean): string[] {
  const ids = new Set<string>();
  for (const id of [...opportunities.acceptedIds, ...opportunities.updatedIds, ...opportunities.failures.map((f) => f.key)]) ids.add(id);
  if (newInteractions) for (const i of input.interactions ?? []) ids.add(i.opportunityId);
  return [...ids];
}

/**
 * Imports opportunities first (so that interactions never point at an opportunity the dashboard
 * cannot show), then participants and interactions. Opportunities are read first (to merge changed
 * deals; about one `$batch` per 100 ids); the other records are not: uniqueness is enforced by
 * SharePoint, which keeps an import cheap (about one request per 100 records) and safe to retry or
 * resume after a crash.
 *
 * `touchedOpportunityIds` lists the added, updated and failed opportunities (never identical ones),
 * and, when some interaction was new or failed, the opportunities of every imported interaction; a
 * repeated import triggers no re-analysis.
 */
export async function importRecords(stores: Pick<DataStores, 'opportunities' | 'interactions' | 'participants'>, input: ImportInput): Promise<ImportReport> {
  const opportunities = input.opportunities?.length ? await stores.opportunities.upsertMany(input.opportunities) : EMPTY_UPSERT_REPORT;
  const participants = input.participants?.length ? await stores.participants.addMany(input.participants) : EMPTY_WRITE_REPORT;
  const interactions = input.interactions?.length ? await stores.interactions.addMany(input.interactions) : EMPTY_WRITE_REPORT;
  // A record that failed may or may not be stored; re-analysing its opportunity is the safe side.
  const changedInteractions = interactions.accepted + interactions.failed > 0;
  return { opportunities, interactions, participants, touchedOpportunityIds: touched(input, opportunities, changedInteractions) };
}
