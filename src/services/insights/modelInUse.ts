/**
 * Reading the registry for the surfaces: the Sales Insights page (the model in use beside the latest
 * one), analysis (which model scores), and switching models.
 */
import type { ScoringModel } from '../../core/insights';
import type { DataStores } from '../ports';
import type { ModelRecord } from './modelRegistry';

export interface InsightsOverview {
  /** The model in use; `undefined` before the first one is put in use. */
  readonly inUse?: ModelRecord;
  /** The most recently trained model when it is not the one in use (the candidate to compare). */
  readonly latest?: ModelRecord;
}

/**
 * What the Sales Insights page shows: the model in use and, when a newer one is stored, that one,
 * side by side. Two indexed reads.
 */
export async function loadInsightsOverview(stores: Pick<DataStores, 'models'>): Promise<InsightsOverview> {
  const [inUse, recent] = await Promise.all([stores.models.getInUse(), stores.models.recent(1)]);
  const latest = recent[0];
  return {
    ...(inUse !== undefined ? { inUse } : {}),
    ...(latest !== undefined && latest.modelId !== inUse?.modelId ? { latest } : {})
  };
}

/** Puts a stored model in use; every surface scores with it from the next analysis on. */
export async function putModelInUse(stores: Pick<DataStores, 'models'>, modelId: string): Promise<ModelRecord> {
  return stores.models.use(modelId);
}

/**
 * The model analysis scores with for `blueprintId`: the one in use when it was trained against that
 * blueprint (any version: its features are the blueprint's exchange ids, which versions keep), else none.
 */
export async function scoringModelInUse(stores: Partial<Pick<DataStores, 'models'>>, blueprintId: string): Promise<ScoringModel | undefined> {
  if (stores.models === undefined) return undefined;
  const record = await stores.models.getInUse();
  return record !== undefined && record.blueprintId === blueprintId ? record.model : undefined;
}
