import type { LogisticScorer } from './logisticScorer';
import type { ScoringFeatureSpec } from './scoringFeatures';
import type { StageBaseline } from './stageBaselines';

/** Closed deals a model learnt from. */
export interface TrainingCounts {
  readonly won: number;
  readonly lost: number;
}

/** Learnt from enough won and lost deals: calibrated logistic regression over behaviour features. */
export interface LogisticScoringModel {
  readonly model: 'logistic';
  readonly spec: ScoringFeatureSpec;
  readonly featureNames: readonly string[];
  readonly scorer: LogisticScorer;
  readonly trainedOn: TrainingCounts;
  /**
   * The rows the regression learnt from, summarised per stage they were read at: reasons are points
   * against the average deal at the deal's stage (see stageContributions). Absent in models saved
   * before it existed; they explain against the average deal of any stage.
   */
  readonly stageBaselines?: readonly StageBaseline[];
}

/** Too little history: the score is the deal's closeness to the blueprint (see blueprintDistance). */
export interface BlueprintDistanceModel {
  readonly model: 'blueprint-distance';
  readonly trainedOn: TrainingCounts;
}

/** A trained opportunity scoring model; `model` says which one is in use. Plain data. */
export type ScoringModel = LogisticScoringModel | BlueprintDistanceModel;

/** One reason behind a score. */
export interface ScoreContribution {
  /** Feature name, e.g. `exchange:t3`. */
  readonly feature: string;
  /** Phrase such as `no "Business case" (Account executive → Economic buyer)`. */
  readonly label: string;
  /** Raw feature value for the deal. */
  readonly value: number;
  /** Probability points (0-100 scale), signed. */
  readonly points: number;
}

export interface OpportunityScore {
  readonly opportunityId: string;
  readonly model: 'logistic' | 'blueprint-distance';
  /** Epoch ms the behaviour was read at. */
  readonly asOf: number;
  /** In [0, 1]: a calibrated win probability (logistic) or the blueprint closeness (blueprint-distance). */
  readonly probability: number;
  /** round(100 · probability). */
  readonly score: number;
  /**
   * Non-zero contributions, largest magnitude first. For the logistic model, reasons that contradict
   * the raw evidence at the deal's stage within a group of correlated features are left out (see
   * contradictsAssociation).
   */
  readonly contributions: readonly ScoreContribution[];
}
