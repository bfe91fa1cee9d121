/**
 * Scheduled retraining, as the headless monitor runs it: when the model in use is older than the
 * configured number of days (or there is none), train on the site's closed deals, put the new model
 * in use, and re-score the open deals' snapshots in batches.
 */
import { analyseTouchedOpportunities } from '../analysis';
import type { DataStores } from '../ports';
import type { ModelRecord } from './modelRegistry';
import { trainSiteModel } from './trainModel';
import { openOpportunityIds } from './useModel';

const DAY_MS = 86_400_000;

export interface RetrainOptions {
  /** Epoch ms. */
  readonly now: number;
  /** Retrain when the model in use was trained this many days ago or earlier. */
  readonly everyDays: number;
  /** Open deals re-scored per batch, default 500. */
  readonly chunkSize?: number;
}

export interface RetrainReport {
  /** The model trained and put in use; absent when none was due. */
  readonly trained?: ModelRecord;
  /** Open deals re-scored with it. */
  readonly rescored: number;
}

/** True when a model trained at `trainedAt` (or none) is due for retraining at `now`. */
export function isRetrainDue(trainedAt: number | undefined, now: number, everyDays: number): boolean {
  return trainedAt === undefined || now - trainedAt >= everyDays * DAY_MS;
}

/**
 * Retrains when due (see {@link isRetrainDue}); nothing is read but the model in use otherwise. The new
 * model is stored complete before it is put in use (trainSiteModel), so a run stopped part-way leaves
 * the previous model current.
 */
export async function retrainIfDue(stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'models'>, options: RetrainOptions): Promise<RetrainReport> {
  const inUse = await stores.models.getInUse();
  if (!isRetrainDue(inUse?.trainedAt, options.now, options.everyDays)) return { rescored: 0 };
  const { record } = await trainSiteModel(stores, { now: options.now, use: true, trainedBy: 'monitor' });
  const report = await analyseTouchedOpportunities(stores, await openOpportunityIds(stores), { now: options.now, scoringModel: record.model, chunkSize: options.chunkSize });
  return { trained: record, rescored: report.analysed };
}
