import type { Blueprint, Interaction, Opportunity } from '../../model';
import { caseBehaviour } from '../behaviour/caseBehaviour';
import { observationTimeOf } from '../behaviour/outcome';
import { blueprintDistance } from './blueprintDistance';
import { featureLabel } from './featureLabel';
import { scorerContributions, scorerProbability } from './logisticScorer';
import { scoringFeatureVector, type StageConformance } from './scoringFeatures';
import type { LogisticScoringModel, OpportunityScore, ScoreContribution, ScoringModel } from './scoringModel';
import { contradictsAssociation, stageContributions } from './stageContributions';

export interface ScoreOptions {
  /** Epoch ms. */
  readonly now: number;
  /** Read the behaviour as of this moment instead (for score history); defaults to close time or `now`. */
  readonly asOf?: number;
  readonly stageConformance?: StageConformance;
}

/** Contributions smaller than this many points are left out: they would only add noise to a list. */
const MIN_POINTS = 0.05;

/**
 * The logistic model's reasons for one feature row: points against the average training deal at
 * the deal's stage (stageContributions), without the reasons that contradict the raw evidence at
 * that stage within a correlated group (contradictsAssociation). A model without stage baselines,
 * or a deal at a stage no training row was read at (or at none), falls back to points against the
 * average deal of any stage (scorerContributions), with nothing hidden.
 */
function logisticReasons(model: LogisticScoringModel, row: readonly number[], stageId: string | undefined, blueprint: Blueprint): ScoreContribution[] {
  const baseline = stageId === undefined ? undefined : model.stageBaselines?.find((b) => b.stageId === stageId);
  const points = baseline === undefined ? scorerContributions(model.scorer, row) : stageContributions(model.scorer, row, baseline);
  return model.featureNames
    .map((feature, j) => ({ feature, label: featureLabel(feature, row[j], blueprint), value: row[j], points: points[j] }))
    .filter((c, j) => baseline === undefined || !contradictsAssociation(c.points, c.value, baseline, j));
}

/**
 * Scores one opportunity with a trained model, reading its behaviour as of `asOf` (default: its
 * close time when closed before `now`, else `now`). For the logistic model the contributions are
 * points against the average deal at the same stage, misleading ones within correlated groups
 * hidden (see logisticReasons); for blueprint-distance, points against a deal that did every
 * required exchange (see blueprintDistance). The probability never depends on how reasons are read.
 */
export function scoreOpportunity(
  model: ScoringModel,
  opportunity: Opportunity,
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ScoreOptions
): OpportunityScore {
  const asOf = options.asOf ?? observationTimeOf(opportunity, options.now);
  const behaviour = caseBehaviour(opportunity, interactions, blueprint, asOf);
  let probability: number;
  let contributions: ScoreContribution[];
  if (model.model === 'logistic') {
    const row = scoringFeatureVector(model.spec, behaviour, opportunity, blueprint, options.stageConformance);
    probability = scorerProbability(model.scorer, row);
    contributions = logisticReasons(model, row, behaviour.currentStageId, blueprint);
  } else {
    const distance = blueprintDistance(behaviour, blueprint, options.stageConformance?.get(opportunity.id));
    probability = distance.probability;
    contributions = [...distance.contributions];
  }
  return {
    opportunityId: opportunity.id,
    model: model.model,
    asOf,
    probability,
    score: Math.round(100 * probability),
    contributions: contributions
      .filter((c) => Math.abs(c.points) >= MIN_POINTS)
      .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || (x.feature < y.feature ? -1 : x.feature > y.feature ? 1 : 0))
  };
}
