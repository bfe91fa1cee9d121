/**
 * "Use this model" on the Sales Insights page: the model goes in use and every open deal is re-scored
 * with it, so the dashboard's scores, grades and trends follow the choice at once.
 */
import { analyseInChunks } from '../analyseInChunks';
import type { DataStores } from '../ports';
import type { ModelRecord } from './modelRegistry';

export interface RescoreOptions {
  /** Epoch ms: the analysis time. */
  readonly now: number;
  /** Open deals analysed per round (and per progress step); default 100. */
  readonly chunk?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** The ids of every open deal, read page by page on the indexed status. */
export async function openOpportunityIds(stores: Pick<DataStores, 'opportunities'>): Promise<string[]> {
  const open: string[] = [];
  for await (const page of stores.opportunities.pagesByStatus('open')) open.push(...page.map((r) => r.opportunity.id));
  return open;
}

/**
 * Puts a stored model in use, then re-scores every open deal with it (read page by page by status,
 * analysed in chunks). A failure part-way leaves the model in use and the deals not yet reached with
 * their earlier scores; choosing the model again finishes the job.
 *
 * @returns the model now in use and how many open deals were re-scored
 * @throws RangeError when no model has that id (nothing changes)
 */
export async function putModelInUseAndRescore(
  stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants' | 'models'>,
  modelId: string,
  options: RescoreOptions
): Promise<{ readonly record: ModelRecord; readonly rescored: number }> {
  const record = await stores.models.use(modelId);
  const { analysed } = await analyseInChunks(stores, await openOpportunityIds(stores), { now: options.now, chunk: options.chunk ?? 100, scoringModel: record.model, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  return { record, rescored: analysed };
}
