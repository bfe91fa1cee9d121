/**
 * The blueprint life cycle as use cases (../shared/ARCHITECTURE.md, "The blueprint's life cycle"),
 * shared by the Designer, the Process Blueprint, the headless monitor, the workbench seed and the
 * tests: edits go to the working draft, publishing validates the draft and makes it the next version,
 * a roll back publishes an earlier version again, and deals are re-analysed against what went live.
 */
import { InvalidBlueprintError } from '../core';
import type { ScoringModel } from '../core/insights';
import type { Blueprint } from '../core/model';
import { validateBlueprint, validateTechnicalBlueprint, EMPTY_TECHNICAL_BLUEPRINT } from '../core/model';
import type { ValidationProblem } from '../core';
import { analyseInChunks } from './analyseInChunks';
import type { BlueprintStore, DataStores, StoredBlueprint } from './ports';

/** Every problem that stops `blueprint` from being published: the model's and the Technical Blueprint's. */
export function publishProblems(blueprint: Blueprint): ValidationProblem[] {
  return [...validateBlueprint(blueprint), ...validateTechnicalBlueprint(blueprint.technical ?? EMPTY_TECHNICAL_BLUEPRINT, blueprint)];
}

/**
 * Publishes the working draft of `blueprintId` as the next version, after checking it.
 *
 * @param etag the draft's ETag as the publisher last saw it
 * @param expectedLiveVersion the live version the publisher reviewed against (`undefined`: none)
 * @throws InvalidBlueprintError listing every problem (nothing is published);
 *   ConcurrencyConflictError or PublishConflictError from the store
 */
export async function publishDraft(store: BlueprintStore, blueprintId: string, etag: string, expectedLiveVersion: number | undefined): Promise<StoredBlueprint> {
  const draft = await store.getDraft(blueprintId);
  if (draft && draft.etag === etag) {
    const problems = publishProblems(draft.blueprint);
    if (problems.length > 0) throw new InvalidBlueprintError(problems);
  }
  return store.publish(blueprintId, etag, expectedLiveVersion);
}

/**
 * Publishes a blueprint in one go: saves it as the draft (replacing any draft) and publishes that.
 * For set-up paths with no editor in between (the workbench's demo seed, imports of a whole blueprint
 * by a script, tests); editors use {@link publishDraft}.
 */
export async function publishBlueprint(store: BlueprintStore, blueprint: Blueprint): Promise<StoredBlueprint> {
  const problems = publishProblems(blueprint);
  if (problems.length > 0) throw new InvalidBlueprintError(problems);
  const existing = await store.getDraft(blueprint.id);
  const live = await store.getPublished(blueprint.id);
  const draft = await store.saveDraft(blueprint, existing?.etag);
  return store.publish(blueprint.id, draft.etag, live?.blueprint.version);
}

/**
 * Rolls back: publishes the content of `version` again as the next version. Nothing earlier is
 * changed, so rolling forward again is one more republish.
 */
export function rollBack(store: BlueprintStore, blueprintId: string, version: number, expectedLiveVersion: number): Promise<StoredBlueprint> {
  return store.republish(blueprintId, version, expectedLiveVersion);
}

export interface ReanalysisProgress {
  readonly done: number;
  readonly total: number;
}

export interface ReanalysisReport {
  /** The version the deals were checked against; `undefined` when nothing is published. */
  readonly blueprint?: { readonly id: string; readonly version: number };
  /** Deals whose snapshot was of another version (or missing) before the run. */
  readonly stale: number;
  readonly analysed: number;
}

/**
 * Re-analyses every deal whose snapshot was not made against the live version of the published
 * blueprint, a chunk at a time. Deals already checked against it are left alone, so running it
 * again (after a crash, or from the monitor after a publish in the browser) only finishes the job.
 *
 * @param options.now epoch ms: the analysis time
 */
export async function reanalyseAgainstPublished(
  stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants'> & Partial<Pick<DataStores, 'models'>>,
  options: {
    readonly now: number;
    readonly chunk?: number;
    /** Also analyse deals that have no snapshot yet (default true; the monitor analyses those on its own path). */
    readonly includeUnanalysed?: boolean;
    /** The model that scores; without one, deals are re-analysed as an import would analyse them. */
    readonly scoringModel?: ScoringModel;
    readonly onProgress?: (progress: ReanalysisProgress) => void;
  }
): Promise<ReanalysisReport> {
  const live = await stores.blueprints.getPublished();
  if (!live) return { stale: 0, analysed: 0 };
  const { id, version } = live.blueprint;
  const records = await stores.opportunities.listAll();
  const includeUnanalysed = options.includeUnanalysed ?? true;
  const stale = records
    .filter((r) => (r.snapshot === undefined ? includeUnanalysed : r.snapshot.blueprintId !== id || r.snapshot.blueprintVersion !== version))
    .map((r) => r.opportunity.id);
  const result = await analyseInChunks(stores, stale, {
    now: options.now,
    chunk: Math.max(1, options.chunk ?? 100),
    ...(options.scoringModel ? { scoringModel: options.scoringModel } : {}),
    onProgress: (done, total) => options.onProgress?.({ done, total })
  });
  return { blueprint: { id, version }, stale: stale.length, analysed: result.analysed };
}
