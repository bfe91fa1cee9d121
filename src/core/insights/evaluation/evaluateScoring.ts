import type { Blueprint, Interaction, Opportunity } from '../../model';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { stageEntrySnapshots } from '../behaviour/stageEntrySnapshots';
import { scoreOpportunity } from '../scoring/scoreOpportunity';
import type { StageConformance } from '../scoring/scoringFeatures';
import { trainScoringModel, type ScoringTrainingOptions } from '../scoring/trainScoringModel';
import { auc } from '../statistics/auc';
import { brierScore } from '../statistics/brierScore';
import { calibrationTable, type CalibrationBin } from '../statistics/calibrationTable';
import { logLoss } from '../statistics/logLoss';
import { learnStageEntryBaseline, stageBaselineProbability } from './stageBaseline';

export interface EvaluationOptions extends Omit<ScoringTrainingOptions, 'now'> {
  /** Epoch ms: deals closed before it train, deals closed from it up to `now` test. */
  readonly cutDate: number;
  /** Epoch ms. */
  readonly now: number;
  /** Calibration bins, default 10. */
  readonly binCount?: number;
  readonly stageConformance?: StageConformance;
}

/** Figures for one scorer; `undefined` where a figure is not defined (e.g. one class only). */
export interface ScorerMetrics {
  readonly auc: number | undefined;
  readonly brier: number | undefined;
  readonly logLoss: number | undefined;
  readonly calibration: readonly CalibrationBin[];
}

/** Figures on the test snapshots taken at entry into one stage. */
export interface StageEvaluation {
  readonly stageId: string;
  readonly order: number;
  /** Test deals that entered the stage before closing, by final outcome. */
  readonly won: number;
  readonly lost: number;
  readonly modelMetrics: ScorerMetrics;
  /** Constant within a stage (the stage's historical win rate), so its AUC is 0.5 by construction. */
  readonly baselineMetrics: ScorerMetrics;
}

export interface ScoringEvaluation {
  readonly cutDate: number;
  readonly now: number;
  /** Where each test deal is scored: at its entry into each stage it reached before closing. */
  readonly protocol: 'stage-entry';
  readonly model: 'logistic' | 'blueprint-distance';
  /** Training deals (those that contributed at least one snapshot when the model is logistic). */
  readonly train: { readonly won: number; readonly lost: number };
  /** Test deals. */
  readonly test: { readonly won: number; readonly lost: number };
  /** Test snapshots (one per stage entry), by their deal's outcome. */
  readonly snapshots: { readonly won: number; readonly lost: number };
  /** Pooled over every test snapshot. */
  readonly modelMetrics: ScorerMetrics;
  /** Stage-only win rate learnt from the training deals, at the same snapshots. */
  readonly baselineMetrics: ScorerMetrics;
  /** The same figures stage by stage, in blueprint order; stages without a test snapshot are left out. */
  readonly byStage: readonly StageEvaluation[];
}

function metrics(probabilities: readonly number[], outcomes: readonly boolean[], binCount: number): ScorerMetrics {
  return {
    auc: auc(probabilities, outcomes),
    brier: brierScore(probabilities, outcomes),
    logLoss: logLoss(probabilities, outcomes),
    calibration: calibrationTable(probabilities, outcomes, binCount)
  };
}

interface ScoredSnapshot {
  readonly stageId: string;
  readonly order: number;
  readonly won: boolean;
  readonly model: number;
  readonly baseline: number;
}

/**
 * Time-split evaluation of opportunity scoring, honest about what was known when.
 *
 * Protocol: train on deals closed strictly before `cutDate` (as if it were `cutDate`; the model
 * itself learns from stage-entry snapshots, see trainScoringModel). Test on deals closed in
 * [cutDate, now]: each test deal is scored AS OF its first entry into each stage it reached before
 * closing (`scoreOpportunity(..., { asOf: entry })`), never at its close, because by the close the
 * exchanges that only won deals have (agreement, purchase order, onboarding) and the stage where
 * lost deals stopped give the outcome away. The baseline is scored at the same snapshots: the
 * historical win rate of training deals that entered the same stage (learnStageEntryBaseline).
 * Metrics are pooled over all snapshots and also given per stage (where the baseline is constant, so
 * the model's per-stage AUC is what behaviour adds to knowing the stage). No-decision counts as lost.
 * Pure: `now` is passed in.
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
  const baseline = learnStageEntryBaseline(train, blueprint);
  const grouped = groupByOpportunity(interactions);
  const scored: ScoredSnapshot[] = [];
  for (const o of test) {
    const won = outcomeOf(o) === 'won';
    for (const snapshot of stageEntrySnapshots(o, blueprint, closeTimeOf(o) ?? options.now)) {
      const score = scoreOpportunity(model, o, grouped.get(o.id) ?? [], blueprint, {
        now: options.now,
        asOf: snapshot.at,
        stageConformance: options.stageConformance
      });
      scored.push({ stageId: snapshot.stageId, order: snapshot.order, won, model: score.probability, baseline: stageBaselineProbability(baseline, snapshot.order) });
    }
  }
  const binCount = options.binCount ?? 10;
  const evaluate = (rows: readonly ScoredSnapshot[]): { modelMetrics: ScorerMetrics; baselineMetrics: ScorerMetrics } => ({
    modelMetrics: metrics(rows.map((r) => r.model), rows.map((r) => r.won), binCount),
    baselineMetrics: metrics(rows.map((r) => r.baseline), rows.map((r) => r.won), binCount)
  });
  const byStage = [...blueprint.stages]
    .sort((x, y) => x.order - y.order)
    .map((stage) => ({ stage, rows: scored.filter((r) => r.stageId === stage.id) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ stage, rows }) => {
      const won = rows.filter((r) => r.won).length;
      return { stageId: stage.id, order: stage.order, won, lost: rows.length - won, ...evaluate(rows) };
    });
  const testWon = test.filter((o) => outcomeOf(o) === 'won').length;
  const snapshotsWon = scored.filter((r) => r.won).length;
  return {
    cutDate: options.cutDate,
    now: options.now,
    protocol: 'stage-entry',
    model: model.model,
    train: model.trainedOn,
    test: { won: testWon, lost: test.length - testWon },
    snapshots: { won: snapshotsWon, lost: scored.length - snapshotsWon },
    ...evaluate(scored),
    byStage
  };
}
