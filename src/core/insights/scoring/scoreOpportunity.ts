import type { Blueprint } from '../../model/blueprint';
import type { Interaction, Opportunity } from '../../model/interaction';
import { caseBehaviour } from '../behaviour/caseBehaviour';
import { observationTimeOf } from '../behaviour/outcome';
import { blueprintDistance } from './blueprintDistance';
import { featureLabel } from './featureLabel';
import { scorerContributions, scorerProbability } from './logisticScorer';
import { scoringFeatureVector, type StageConformance } from './scoringFeatures';
import type { OpportunityScore, ScoreContribution, ScoringModel } from './scoringModel';

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
 * Scores one opportunity with a trained model, reading its behaviour as of `asOf` (default: its
 * close time when closed before `now`, else `now`). For the logistic model the contributions
 * follow scorerContributions (points against the average deal); for blueprint-distance, points
 * against a deal that did every required exchange (see blueprintDistance).
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
    const points = scorerContributions(model.scorer, row);
    contributions = model.featureNames.map((feature, j) => ({ feature, label: featureLabel(feature, row[j], blueprint), value: row[j], points: points[j] }));
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
