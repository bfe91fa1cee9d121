import type { Blueprint, Interaction, Opportunity } from '../../model';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { stageFairBehaviour, stageFairReadings } from '../behaviour/stageFairReading';
import { contingencyTable, support, winRateLift, winRates, type ContingencyTable, type FeatureOutcome } from '../statistics/contingencyTable';
import { fisherExactTest } from '../statistics/fisherExactTest';
import { oddsRatio, type OddsRatioEstimate } from '../statistics/oddsRatio';
import { describePattern, evidenceLevel, patternLabel, type EvidenceLevel } from './describePattern';
import { hasPattern, patternCatalogue, type ConstraintResults, type PatternFeature, type PatternKind } from './patternFeatures';
import { patternStageOrder } from './patternStage';

export interface SuccessPatternOptions {
  /** Epoch ms; only deals closed at or before it are compared. */
  readonly now: number;
  readonly constraintResults?: ConstraintResults;
  /** Display names for constraint ids. */
  readonly constraintLabels?: ReadonlyMap<string, string>;
  /** Minimum share of compared deals showing the pattern, default 0.1. */
  readonly minSupport?: number;
  /** Minimum number of deals showing the pattern, default 3. */
  readonly minCases?: number;
  /** Keep only these kinds (default all). */
  readonly kinds?: readonly PatternKind[];
}

export interface SuccessPattern {
  readonly feature: PatternFeature;
  readonly label: string;
  /**
   * The stage every compared deal reached (see patternStageOrder); `undefined` when the pattern
   * belongs to no stage and all closed deals are compared.
   */
  readonly stageId: string | undefined;
  /** Compared deals: closed deals that reached `stageId`, with a result for a constraint. */
  readonly table: ContingencyTable;
  /** Share of compared deals that show the pattern. */
  readonly support: number;
  readonly winRateWith: number | undefined;
  readonly winRateWithout: number | undefined;
  readonly lift: number | undefined;
  readonly oddsRatio: OddsRatioEstimate;
  /** Two-sided Fisher exact p-value. */
  readonly pValue: number;
  readonly evidence: EvidenceLevel;
  /** `helps` when the odds ratio is above 1, `hurts` below, `neutral` at exactly 1. */
  readonly direction: 'helps' | 'hurts' | 'neutral';
  readonly sentence: string;
}

export interface SuccessPatternReport {
  /** All closed deals; each pattern compares only those that reached its stage (see its table). */
  readonly won: number;
  readonly lost: number;
  /** Ranked: smallest p first, then the largest |ln odds ratio|, then feature id. */
  readonly patterns: readonly SuccessPattern[];
}

/**
 * Compares won and lost deals (no-decision counts as lost) on every candidate pattern of the
 * blueprint (see {@link patternCatalogue}), stage-fairly: a pattern of stage S (see
 * patternStageOrder) is compared only among closed deals that reached S, each read at its last
 * stage entry before closing when it went beyond S and at its close when S was its final stage
 * (see stageFairReadings for why). Without this, close-stage exchanges "separate" won from lost
 * only because lost deals rarely get to the Close stage at all.
 * A pattern is reported when at least `minCases` compared deals and a `minSupport` share of them
 * show it, and at least one compared deal does not (otherwise there is nothing to compare).
 */
export function successPatterns(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: SuccessPatternOptions
): SuccessPatternReport {
  const readings = stageFairReadings(opportunities, groupByOpportunity(interactions), blueprint, options.now);
  const minSupport = options.minSupport ?? 0.1;
  const minCases = options.minCases ?? 3;
  const won = readings.filter((r) => r.won).length;
  const lost = readings.length - won;
  const kinds = options.kinds;
  const stages = new Map(blueprint.stages.map((s) => [s.order, s]));
  const patterns: SuccessPattern[] = [];
  for (const feature of patternCatalogue(blueprint, options.constraintResults)) {
    if (kinds && kinds.indexOf(feature.kind) < 0) continue;
    const stageOrder = patternStageOrder(feature, blueprint);
    const outcomes: FeatureOutcome[] = [];
    for (const reading of readings) {
      const behaviour = stageFairBehaviour(reading, stageOrder);
      const present = behaviour === undefined ? undefined : hasPattern(feature, behaviour, options.constraintResults, blueprint);
      if (present !== undefined) outcomes.push({ present, won: reading.won });
    }
    const table = contingencyTable(outcomes);
    const present = table.a + table.b;
    if (present < minCases || support(table) < minSupport || table.c + table.d === 0) continue;
    const estimate = oddsRatio(table);
    const pValue = fisherExactTest(table);
    const level = evidenceLevel(pValue, estimate, table.a + table.c, table.b + table.d);
    const label = patternLabel(feature, blueprint, options.constraintLabels);
    const rates = winRates(table);
    const stage = stages.get(stageOrder);
    patterns.push({
      feature,
      label,
      stageId: stage?.id,
      table,
      support: support(table),
      winRateWith: rates.withFeature,
      winRateWithout: rates.withoutFeature,
      lift: winRateLift(table),
      oddsRatio: estimate,
      pValue,
      evidence: level,
      direction: estimate.oddsRatio > 1 ? 'helps' : estimate.oddsRatio < 1 ? 'hurts' : 'neutral',
      sentence: describePattern(label, table, estimate, pValue, level, stage?.name)
    });
  }
  patterns.sort(
    (x, y) =>
      x.pValue - y.pValue ||
      Math.abs(Math.log(y.oddsRatio.oddsRatio)) - Math.abs(Math.log(x.oddsRatio.oddsRatio)) ||
      (x.feature.id < y.feature.id ? -1 : x.feature.id > y.feature.id ? 1 : 0)
  );
  return { won, lost, patterns };
}
