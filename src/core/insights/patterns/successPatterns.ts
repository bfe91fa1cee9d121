import type { Blueprint } from '../../model/blueprint';
import type { Interaction, Opportunity } from '../../model/interaction';
import { caseBehaviour, type CaseBehaviour } from '../behaviour/caseBehaviour';
import { groupByOpportunity } from '../behaviour/groupByOpportunity';
import { observationTimeOf, outcomeOf } from '../behaviour/outcome';
import { contingencyTable, support, winRateLift, winRates, type ContingencyTable, type FeatureOutcome } from '../statistics/contingencyTable';
import { fisherExactTest } from '../statistics/fisherExactTest';
import { oddsRatio, type OddsRatioEstimate } from '../statistics/oddsRatio';
import { describePattern, evidenceLevel, patternLabel, type EvidenceLevel } from './describePattern';
import { hasPattern, patternCatalogue, type ConstraintResults, type PatternFeature, type PatternKind } from './patternFeatures';

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
  readonly won: number;
  readonly lost: number;
  /** Ranked: smallest p first, then the largest |ln odds ratio|, then feature id. */
  readonly patterns: readonly SuccessPattern[];
}

/**
 * Compares won and lost deals (no-decision counts as lost) on every candidate pattern of the
 * blueprint (see {@link patternCatalogue}), reading each deal's behaviour up to its close.
 * A pattern is reported when at least `minCases` deals and a `minSupport` share show it, and at
 * least one compared deal does not (otherwise there is nothing to compare).
 */
export function successPatterns(
  opportunities: readonly Opportunity[],
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: SuccessPatternOptions
): SuccessPatternReport {
  const grouped = groupByOpportunity(interactions);
  const closed: { behaviour: CaseBehaviour; won: boolean }[] = [];
  for (const opportunity of opportunities) {
    const outcome = outcomeOf(opportunity);
    const at = observationTimeOf(opportunity, options.now);
    if (outcome === undefined || at > options.now) continue;
    closed.push({ behaviour: caseBehaviour(opportunity, grouped.get(opportunity.id) ?? [], blueprint, at), won: outcome === 'won' });
  }
  const minSupport = options.minSupport ?? 0.1;
  const minCases = options.minCases ?? 3;
  const won = closed.filter((c) => c.won).length;
  const lost = closed.length - won;
  const kinds = options.kinds;
  const patterns: SuccessPattern[] = [];
  for (const feature of patternCatalogue(blueprint, options.constraintResults)) {
    if (kinds && kinds.indexOf(feature.kind) < 0) continue;
    const outcomes: FeatureOutcome[] = [];
    for (const item of closed) {
      const present = hasPattern(feature, item.behaviour, options.constraintResults);
      if (present !== undefined) outcomes.push({ present, won: item.won });
    }
    const table = contingencyTable(outcomes);
    const present = table.a + table.b;
    if (present < minCases || support(table) < minSupport || table.c + table.d === 0) continue;
    const estimate = oddsRatio(table);
    const pValue = fisherExactTest(table);
    const level = evidenceLevel(pValue, estimate, table.a + table.c, table.b + table.d);
    const label = patternLabel(feature, blueprint, options.constraintLabels);
    const rates = winRates(table);
    patterns.push({
      feature,
      label,
      table,
      support: support(table),
      winRateWith: rates.withFeature,
      winRateWithout: rates.withoutFeature,
      lift: winRateLift(table),
      oddsRatio: estimate,
      pValue,
      evidence: level,
      direction: estimate.oddsRatio > 1 ? 'helps' : estimate.oddsRatio < 1 ? 'hurts' : 'neutral',
      sentence: describePattern(label, table, estimate, pValue, level)
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
