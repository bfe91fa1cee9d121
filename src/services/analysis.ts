/**
 * Incremental analysis and the dashboard's reads. After an import or a sync only the opportunities it
 * touched are re-analysed: their interactions are read through the indexed opportunity id, checked
 * against the published blueprint, and their snapshots written back in batches. Dashboards read the
 * Opportunities list with its snapshots and never the raw interactions.
 */
import { compileBlueprint } from '../core/conformance';
import type { ScoringModel } from '../core/insights';
import type { Blueprint, Interaction } from '../core/model';
import { analyseOpportunity, withScoreHistory } from './analysisSnapshot';
import { scoringModelInUse } from './insights/modelInUse';
import type { DataStores, OpportunityRecord, WriteReport } from './ports';

export interface AnalysisOptions {
  /** Epoch ms: the analysis time (deadlines, analysed-at). */
  readonly now: number;
  /** Use this blueprint instead of the published one (e.g. a draft preview). */
  readonly blueprint?: Blueprint;
  /**
   * A trained model for the score. Without one, the model in use on the site scores (when `stores`
   * has the registry and that model was trained against the blueprint analysed); without either, the
   * snapshot has no score.
   */
  readonly scoringModel?: ScoringModel;
  /** Opportunities analysed per round (reads and writes are batched per round). Default 500. */
  readonly chunkSize?: number;
}

export interface AnalysisReport {
  /** Opportunities analysed and written. */
  readonly analysed: number;
  /** Requested ids not found in the Opportunities list. */
  readonly missing: readonly string[];
  readonly writes: WriteReport;
  /** Blueprint id and version used, or `undefined` when no blueprint is published (nothing analysed). */
  readonly blueprint?: { readonly id: string; readonly version: number };
}

/**
 * Re-analyses the given opportunities and writes their snapshots back.
 *
 * Edge cases: no ids -> nothing is read; no published blueprint (and none given) -> nothing is
 * analysed and `blueprint` is absent; ids not stored are listed in `missing`.
 */
export async function analyseTouchedOpportunities(
  stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions'> & Partial<Pick<DataStores, 'models'>>,
  opportunityIds: readonly string[],
  options: AnalysisOptions
): Promise<AnalysisReport> {
  const ids = [...new Set(opportunityIds)];
  const empty: WriteReport = { accepted: 0, alreadyStored: 0, failed: 0, failures: [] };
  if (ids.length === 0) return { analysed: 0, missing: [], writes: empty };
  const blueprint = options.blueprint ?? (await stores.blueprints.getPublished())?.blueprint;
  if (!blueprint) return { analysed: 0, missing: [], writes: empty };
  const constraints = compileBlueprint(blueprint);
  const scoringModel = options.scoringModel ?? (await scoringModelInUse(stores, blueprint.id));
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  let analysed = 0;
  let writes = empty;
  const missing: string[] = [];
  for (let start = 0; start < ids.length; start += chunkSize) {
    const chunk = ids.slice(start, start + chunkSize);
    const records = await stores.opportunities.getMany(chunk);
    const found = new Set(records.map((r) => r.opportunity.id));
    missing.push(...chunk.filter((id) => !found.has(id)));
    const interactions = await stores.interactions.listByOpportunities(records.map((r) => r.opportunity.id));
    const snapshots = records.map((record) => ({
      itemId: record.itemId,
      // The stored snapshot was read with the record: the score it held becomes the previous one when this analysis changes it.
      snapshot: withScoreHistory(analyseOpportunity(blueprint, constraints, record.opportunity, interactions.get(record.opportunity.id) ?? [], { now: options.now, scoringModel }), record.snapshot)
    }));
    const report = await stores.opportunities.saveSnapshots(snapshots);
    analysed += report.accepted;
    writes = { accepted: writes.accepted + report.accepted, alreadyStored: writes.alreadyStored + report.alreadyStored, failed: writes.failed + report.failed, failures: [...writes.failures, ...report.failures] };
  }
  return { analysed, missing, writes, blueprint: { id: blueprint.id, version: blueprint.version } };
}

/** Every opportunity with its latest snapshot, for the dashboard (paged reads of up to 5,000 items). */
export async function loadDashboard(stores: Pick<DataStores, 'opportunities'>): Promise<OpportunityRecord[]> {
  return stores.opportunities.listAll();
}

/** One opportunity's interactions, read through the indexed opportunity id; ordered by time (stable). */
export async function loadOpportunityInteractions(stores: Pick<DataStores, 'interactions'>, opportunityId: string): Promise<Interaction[]> {
  const interactions = await stores.interactions.listByOpportunity(opportunityId);
  return interactions.map((interaction, index) => ({ interaction, index })).sort((a, b) => a.interaction.timestamp - b.interaction.timestamp || a.index - b.index).map((e) => e.interaction);
}
