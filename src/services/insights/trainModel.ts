/**
 * "Train on this site's outcomes": the use case the Sales Insights page, the monitor and the command
 * line share. Reads the closed deals (page by page), trains the opportunity score, evaluates it on a
 * time split against the stage-only baseline, computes the success patterns, and stores all of it as
 * one registry item. Nothing is put in use unless asked, and only once it is completely stored.
 */
import { evaluateScoring, closeTimeOf, outcomeOf, trainScoringModel } from '../../core/insights';
import type { Blueprint } from '../../core/model';
import { scoringModelLabel } from '../analysisSnapshot';
import type { DataStores } from '../ports';
import { actionablePatterns } from './actionablePatterns';
import { readClosedHistory, type ClosedHistory } from './closedHistory';
import { NoPublishedBlueprintError, TrainingCancelledError } from './errors';
import { OPPORTUNITY_MODEL_PREFIX, type ModelRecord, type NewModelRecord } from './modelRegistry';
import { DEFAULT_TEST_SHARE, timeSplitCutDate } from './timeSplit';

/** Won and lost deals the logistic model needs by default; below, blueprint distance is used. */
export const DEFAULT_MIN_PER_CLASS: number = 40;

export interface ModelBuildOptions {
  /** Epoch ms: the training time; deals closed after it are not history yet. */
  readonly now: number;
  /** Won AND lost deals the logistic model needs, default {@link DEFAULT_MIN_PER_CLASS}. */
  readonly minPerClass?: number;
  /** Share of the latest closed deals that test the model, default 0.25. */
  readonly testShare?: number;
  /** Epoch ms: a fixed cut date instead of `testShare`. */
  readonly cutDate?: number;
  readonly trainedBy?: string;
}

/** The id of a model trained at `at`, e.g. `opportunity-20261204T135000Z`. */
export function modelIdAt(at: number): string {
  return `${OPPORTUNITY_MODEL_PREFIX}${new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

/**
 * Trains, evaluates and computes the patterns on closed-deal history held in memory (the site's, or
 * the user's files on the command line). Pure: `now` is passed in. `trainedAt` is `now` rounded down
 * to the second, as SharePoint stores dates.
 *
 * Edge cases: no closed deal gives the blueprint-distance model on 0 won / 0 lost with a training
 * window of [now, now]; fewer than 10 closed deals on either side of the time split gives no
 * evaluation (the record says so by leaving `evaluation` out).
 */
export function buildModelRecord(history: ClosedHistory, blueprint: Blueprint, options: ModelBuildOptions): NewModelRecord {
  const { opportunities, interactions } = history;
  const minPerClass = options.minPerClass ?? DEFAULT_MIN_PER_CLASS;
  const model = trainScoringModel(opportunities, interactions, blueprint, { now: options.now, minPerClass });
  const closeTimes = opportunities.filter((o) => outcomeOf(o) !== undefined).flatMap((o) => {
    const at = closeTimeOf(o);
    return at !== undefined && at <= options.now ? [at] : [];
  });
  const cutDate = options.cutDate ?? timeSplitCutDate(closeTimes, options.now, options.testShare ?? DEFAULT_TEST_SHARE);
  const evaluation = cutDate === undefined ? undefined : evaluateScoring(opportunities, interactions, blueprint, { cutDate, now: options.now, minPerClass });
  const patterns = actionablePatterns(opportunities, interactions, blueprint, { now: options.now });
  const trainedAt = Math.floor(options.now / 1000) * 1000;
  return {
    modelId: modelIdAt(trainedAt),
    label: scoringModelLabel(model),
    trainedAt,
    ...(options.trainedBy !== undefined ? { trainedBy: options.trainedBy } : {}),
    blueprintId: blueprint.id,
    blueprintVersion: blueprint.version,
    window: closeTimes.length === 0 ? { from: trainedAt, to: trainedAt } : { from: Math.min(...closeTimes), to: Math.max(...closeTimes) },
    model,
    ...(evaluation !== undefined ? { evaluation } : {}),
    patterns
  };
}

export type TrainingPhase = 'reading' | 'training' | 'saving' | 'done';

export interface TrainingProgress {
  readonly phase: TrainingPhase;
  /** Closed deals read so far (while reading), otherwise all of them. */
  readonly dealsRead: number;
}

export interface SiteTrainingOptions extends ModelBuildOptions {
  /** Train against this blueprint instead of the published one. */
  readonly blueprint?: Blueprint;
  /** Put the new model in use once stored (the monitor's scheduled retraining; the page asks first). */
  readonly use?: boolean;
  readonly pageSize?: number;
  readonly onProgress?: (progress: TrainingProgress) => void;
  /** Checked between pages and before storing; true stops with TrainingCancelledError and stores nothing. */
  readonly cancelled?: () => boolean;
  /** Awaited between phases, so a browser can paint the progress (e.g. a zero timeout). */
  readonly pause?: () => Promise<void>;
}

export interface SiteTrainingResult {
  readonly record: ModelRecord;
  /** Won and lost deals the logistic model needs (to explain a blueprint-distance fallback). */
  readonly minPerClass: number;
}

/**
 * Trains on the site's closed deals (see readClosedHistory, buildModelRecord) and stores the model
 * with status `stored`; with `use`, puts it in use after it is stored.
 * @throws NoPublishedBlueprintError without a published blueprint (and none given);
 *   TrainingCancelledError when cancelled (nothing stored); ModelTooLargeError from the registry
 */
export async function trainSiteModel(stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'models'>, options: SiteTrainingOptions): Promise<SiteTrainingResult> {
  const blueprint = options.blueprint ?? (await stores.blueprints.getPublished())?.blueprint;
  if (!blueprint) throw new NoPublishedBlueprintError();
  const report = (phase: TrainingPhase, dealsRead: number): void => options.onProgress?.({ phase, dealsRead });
  report('reading', 0);
  const history = await readClosedHistory(stores, { pageSize: options.pageSize, cancelled: options.cancelled, onPage: (n) => report('reading', n) });
  report('training', history.opportunities.length);
  await options.pause?.();
  const record = buildModelRecord(history, blueprint, options);
  if (options.cancelled?.()) throw new TrainingCancelledError();
  report('saving', history.opportunities.length);
  await options.pause?.();
  const saved = await stores.models.save(record);
  const result = options.use ? await stores.models.use(saved.modelId) : saved;
  report('done', history.opportunities.length);
  return { record: result, minPerClass: options.minPerClass ?? DEFAULT_MIN_PER_CLASS };
}
