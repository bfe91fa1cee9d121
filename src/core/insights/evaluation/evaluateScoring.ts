import type { Blueprint } from '../../model/blueprint';
import type { Interaction, Opportunity } from '../../model/interaction';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { scoreOpportunity } from '../scoring/scoreOpportunity';
import type { StageConformance } from '../scoring/scoringFeatures';
import { trainScoringModel, type ScoringTrainingOptions } from '../scoring/trainScoringModel';
import { auc } from '../statistics/auc';
import { brierScore } from '../statistics/brierScore';
import { calibrationTable, type CalibrationBin } from '../statistics/calibrationTable';
import { logLoss } from '../statistics/logLoss';
import { furthestStageOrder, learnStageBaseline, stageBaselineProbability } from './stageBaseline';

export interface EvaluationOptions extends Omit<ScoringTrainingOptions, 'now'> {
  /** Epoch ms: deals closed before it train, deals closed from it up to `now` test. */
  readonly cutDate: number;
  /** Epoch ms. */
  readonly now: number;
  /** Calibration bins, default 10. */
  readonly binCount?: number;
  readonly stageConformance?: StageConformance;
}

/** Figures for one scorer on the test deals; `undefined` where a figure is not defined (e.g. one class). */
export interface ScorerMetrics {
  readonly auc: number | undefined;
  readonly brier: number | undefined;
  readonly logLoss: number | undefined;
  readonly calibration: readonly CalibrationBin[];
}

export interface ScoringEvaluation {
  readonly cutDate: number;
  readonly now: number;
  readonly model: 'logistic' | 'blueprint-distance';
  readonly train: { readonly won: number; readonly lost: number };
  readonly test: { readonly won: number; readonly lost: number };
  readonly modelMetrics: ScorerMetrics;
  /** Stage-only win rate learnt from the training deals. */
  readonly baselineMetrics: ScorerMetrics;
}

function metrics(probabilities: readonly number[], outcomes: readonly boolean[], binCount: number): ScorerMetrics {
  return {
    auc: auc(probabilities, outcomes),
    brier: brierScore(probabilities, outcomes),
    logLoss: logLoss(probabilities, outcomes),
    calibration: calibrationTable(probabilities, outcomes, binCount)
  };
}

/**
 * Time-based evaluation of opportunity scoring: trains on deals closed strictly before `cutDate`
 * (as if it were `cutDate`), then scores each deal closed in [cutDate, now] as of its close and
 * compares with the stage-only baseline (historical win rate of training deals with the same
 * furthest stage). No-decision counts as lost. Pure: `now` is passed in.
 */
export function evaluateScoring(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: EvaluationOptions
): ScoringEvaluation {
  const closed = opportunities.filter((o) => outcomeOf(o) !== undefined && closeTimeOf(o) !== undefined);
  const train = closed.filter((o) => (closeTimeOf(o) ?? Infinity) < options.cutDate);
  const test = closed.filter((o) => {
    const at = closeTimeOf(o) ?? -Infinity;
    return at >= options.cutDate && at <= options.now;
  });
  const model = trainScoringModel(train, interactions, blueprint, { ...options, now: options.cutDate - 1 });
  const baseline = learnStageBaseline(train, blueprint);
  const grouped = groupByOpportunity(interactions);
  const outcomes = test.map((o) => outcomeOf(o) === 'won');
  const modelProbabilities = test.map(
    (o) => scoreOpportunity(model, o, grouped.get(o.id) ?? [], blueprint, { now: options.now, stageConformance: options.stageConformance }).probability
  );
  const baselineProbabilities = test.map((o) => stageBaselineProbability(baseline, furthestStageOrder(o, blueprint, closeTimeOf(o) ?? options.now)));
  const binCount = options.binCount ?? 10;
  const testWon = outcomes.filter((x) => x).length;
  return {
    cutDate: options.cutDate,
    now: options.now,
    model: model.model,
    train: model.trainedOn,
    test: { won: testWon, lost: outcomes.length - testWon },
    modelMetrics: metrics(modelProbabilities, outcomes, binCount),
    baselineMetrics: metrics(baselineProbabilities, outcomes, binCount)
  };
}
