/**
 * The model registry port: trained opportunity score models stored on the site with what a reader
 * needs to trust them (evaluation, training window, the blueprint they were trained against) and the
 * success patterns computed with them, so a page loads everything in a request or two. One model at
 * a time is "in use": the one analysis scores with.
 */
import type { ScoringEvaluation, PatternKind, EvidenceLevel, ScoringModel, ContingencyTable, OddsRatioEstimate } from '../../core/insights';

/** `stored` until someone (or the training run that made it) switches it on; then `in-use`. */
export type ModelStatus = 'stored' | 'in-use';

/** One success pattern as stored with a model: names already resolved, so pages need no blueprint lookup. */
export interface StoredPattern {
  /** `exchange:<tx>`, `order:<a>><b>`, `role:<role>` or `constraint:<id>` (for filtering, never shown). */
  readonly featureId: string;
  readonly kind: PatternKind;
  /** Readable name, e.g. `"Business case" (Account executive → Economic buyer)`. */
  readonly label: string;
  /** Name of the stage every compared deal reached; absent when all closed deals are compared. */
  readonly stageName?: string;
  readonly table: ContingencyTable;
  readonly support: number;
  readonly winRateWith?: number;
  readonly winRateWithout?: number;
  readonly oddsRatio: OddsRatioEstimate;
  readonly pValue: number;
  readonly evidence: EvidenceLevel;
  readonly direction: 'helps' | 'hurts' | 'neutral';
  /** The plain-language sentence (counts, odds ratio with interval, Fisher's p, verdict). */
  readonly sentence: string;
  /**
   * The table split by the summary's segment cells (`a, b, c, d` per cell, aligned with
   * `PatternSummary.segments.cells`), so the page can filter by team, period and size; absent on
   * models trained before the filters existed.
   */
  readonly cells?: readonly number[];
}

/** Closed within the last 6, 12 or 24 months of the training time (index 0, 1, 2), or earlier (3). */
export type ClosedPeriod = 0 | 1 | 2 | 3;

/** One segment cell: the closed deals of one team, closing period and size band. */
export interface PatternCell {
  /** The deals' team; empty for deals without one. */
  readonly team: string;
  readonly period: ClosedPeriod;
  /** Index of the deal size band (see PATTERN_SIZE_BANDS). */
  readonly band: number;
}

/** The closed deals split into segment cells, for filtering the patterns after training. */
export interface PatternSegments {
  readonly cells: readonly PatternCell[];
  /** `[won, lost]` per cell. */
  readonly outcomes: readonly (readonly [number, number])[];
}

/** The success patterns of the closed deals a model was trained on, ranked strongest evidence first. */
export interface PatternSummary {
  readonly won: number;
  readonly lost: number;
  readonly patterns: readonly StoredPattern[];
  /** Names of exchanges left out because they only happen after a win (purchase order, signature...). */
  readonly leftOut: readonly string[];
  /** Patterns found before the list was cut to fit the site's column (see the mapper); `patterns.length` when none were cut. */
  readonly found: number;
  /** Absent on models trained before the filters existed. */
  readonly segments?: PatternSegments;
}

/** A model to store: everything but the item id and the status. */
export interface NewModelRecord {
  /** Unique, e.g. `opportunity-20261204T135000Z`. */
  readonly modelId: string;
  /** e.g. `logistic (120 won / 310 lost)` (see scoringModelLabel). */
  readonly label: string;
  readonly trainedAt: number;
  /** Display name of whoever trained it (or `monitor`). */
  readonly trainedBy?: string;
  readonly blueprintId: string;
  readonly blueprintVersion: number;
  /** Close times (epoch ms) of the earliest and latest closed deal it learnt from; equal to `trainedAt` without any. */
  readonly window: { readonly from: number; readonly to: number };
  readonly model: ScoringModel;
  /** Absent when there were too few closed deals to split in time. */
  readonly evaluation?: ScoringEvaluation;
  readonly patterns?: PatternSummary;
}

/** Every opportunity model's id starts so (lead models, in the same registry list, start `lead-`). */
export const OPPORTUNITY_MODEL_PREFIX: string = 'opportunity-';

export interface ModelRecord extends NewModelRecord {
  readonly status: ModelStatus;
  readonly itemId: number;
}

/** What the signed-in user may do with the models: everyone who reads the page sees them; training and switching are for managers. */
export interface ModelAccess {
  /** May train a model and choose the one in use. */
  readonly canTrain: boolean;
}

export interface ModelRegistry {
  /**
   * Stores a complete model with status `stored` in one write, so an interrupted training never
   * leaves a half-written model, let alone one in use.
   */
  save(record: NewModelRecord): Promise<ModelRecord>;
  get(modelId: string): Promise<ModelRecord | undefined>;
  /** The model in use (the most recently trained one if an interrupted switch left two); `undefined` when none is, or the site predates the registry. */
  getInUse(): Promise<ModelRecord | undefined>;
  /** The `count` most recently trained models, newest first (one indexed read). */
  recent(count: number): Promise<ModelRecord[]>;
  /**
   * Puts `modelId` in use: first marks it `in-use`, then every other in-use model `stored`, so an
   * interruption in between leaves the new one current (see getInUse).
   * @throws RangeError when no model has that id
   */
  use(modelId: string): Promise<ModelRecord>;
  /**
   * The signed-in user's rights, with the access model of publishing a blueprint: training needs the
   * right to add and edit the models' items and either to manage that list (site owners) or
   * membership of `trainerGroup` (a SharePoint group named by the site owner, e.g. the sales
   * managers). Visitors, and members outside the group, read the models only.
   */
  access(trainerGroup?: string): Promise<ModelAccess>;
}
