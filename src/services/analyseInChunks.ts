/**
 * Re-analysis after an import, a chunk of opportunities at a time, so that the progress bar moves and
 * no single round holds thousands of opportunities' interactions in memory.
 */
import type { ScoringModel } from '../core/insights';
import { analyseTouchedOpportunities } from './analysis';
import type { DataStores } from './ports';

export interface ChunkedAnalysis {
  readonly analysed: number;
  /** Ids not found in the Opportunities list. */
  readonly missing: readonly string[];
}

/**
 * Analyses `ids` (in the given order) in chunks of `chunk` (at least 1), reporting `done` before each
 * chunk and once more at the end; reports nothing for no ids.
 *
 * @param now epoch ms: the analysis time
 */
export async function analyseInChunks(
  stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants'> & Partial<Pick<DataStores, 'models'>>,
  ids: readonly string[],
  options: { readonly now: number; readonly chunk: number; readonly scoringModel?: ScoringModel; readonly onProgress?: (done: number, total: number) => void }
): Promise<ChunkedAnalysis> {
  const chunk = Math.max(1, options.chunk);
  let analysed = 0;
  const missing: string[] = [];
  for (let start = 0; start < ids.length; start += chunk) {
    options.onProgress?.(start, ids.length);
    const report = await analyseTouchedOpportunities(stores, ids.slice(start, start + chunk), { now: options.now, ...(options.scoringModel ? { scoringModel: options.scoringModel } : {}) });
    analysed += report.analysed;
    missing.push(...report.missing);
  }
  if (ids.length > 0) options.onProgress?.(ids.length, ids.length);
  return { analysed, missing };
}
