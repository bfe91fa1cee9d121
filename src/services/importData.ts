/**
 * Import use cases: interactions, opportunities and participants (as parsed by src/interchange or
 * produced by a sync) written through the stores, idempotently. Re-importing a file writes nothing
 * new: every record is keyed by a unique column and a refused duplicate counts as "already stored".
 */
import type { Interaction, Opportunity } from '../core/model/interaction';
import type { DataStores, Participant, WriteReport } from './ports';

/** Counts of one import, per kind of record. */
export interface ImportReport {
  readonly opportunities: WriteReport;
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

/** Adds two write reports (for imports done in chunks). */
export function addWriteReports(a: WriteReport, b: WriteReport): WriteReport {
  return { accepted: a.accepted + b.accepted, alreadyStored: a.alreadyStored + b.alreadyStored, failed: a.failed + b.failed, failures: [...a.failures, ...b.failures] };
}

/** Ids of the opportunities an import changed: the new ones, and those that got new interactions. */
function touched(input: ImportInput, newOpportunities: boolean, newInteractions: boolean): string[] {
  const ids = new Set<string>();
  if (newOpportunities) for (const o of input.opportunities ?? []) ids.add(o.id);
  if (newInteractions) for (const i of input.interactions ?? []) ids.add(i.opportunityId);
  return [...ids];
}

/**
 * Imports opportunities first (so that interactions never point at an opportunity the dashboard
 * cannot show), then participants and interactions. Nothing is read beforehand: uniqueness is
 * enforced by SharePoint, which keeps an import cheap (about one request per 100 records) and safe to
 * retry or resume after a crash.
 *
 * `touchedOpportunityIds` is conservative: when a kind of record had nothing new (everything already
 * stored), its opportunities are not listed, so a repeated import triggers no re-analysis.
 */
export async function importRecords(stores: Pick<DataStores, 'opportunities' | 'interactions' | 'participants'>, input: ImportInput): Promise<ImportReport> {
  const opportunities = input.opportunities?.length ? await stores.opportunities.addMany(input.opportunities) : EMPTY_WRITE_REPORT;
  const participants = input.participants?.length ? await stores.participants.addMany(input.participants) : EMPTY_WRITE_REPORT;
  const interactions = input.interactions?.length ? await stores.interactions.addMany(input.interactions) : EMPTY_WRITE_REPORT;
  // A record that failed may or may not be stored; re-analysing its opportunity is the safe side.
  const changedOpportunities = opportunities.accepted + opportunities.failed > 0;
  const changedInteractions = interactions.accepted + interactions.failed > 0;
  return { opportunities, interactions, participants, touchedOpportunityIds: touched(input, changedOpportunities, changedInteractions) };
}
