/**
 * One opportunity's score with its reasons, as the command line and a review show it: the model
 * trained on the deals closed by `now` (at their stage entries), the deal read as of `now` when open
 * and as of its last stage entry before closing when closed (reading it at its close would show the
 * outcome, not a forecast).
 */
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import { caseBehaviour, closeTimeOf, scoreOpportunity, stageEntrySnapshots, trainScoringModel, type OpportunityScore, type ScoringModel } from '../../core/insights';

export interface ExplainedScore {
  readonly opportunity: Opportunity;
  /** Epoch ms the deal was read at. */
  readonly asOf: number;
  /** The close time of a closed deal; `undefined` while open. */
  readonly closedAt: number | undefined;
  readonly model: ScoringModel;
  readonly score: OpportunityScore;
  /** The name of the stage the deal was in at `asOf` (the stage the logistic model's reasons compare within). */
  readonly stageName: string | undefined;
}

/**
 * Trains on the history and scores one opportunity.
 *
 * @returns `undefined` when no opportunity has the id
 */
export function explainScore(opportunities: readonly Opportunity[], interactions: readonly Interaction[], blueprint: Blueprint, opportunityId: string, now: number): ExplainedScore | undefined {
  const opportunity = opportunities.find((o) => o.id === opportunityId);
  if (opportunity === undefined) return undefined;
  const model = trainScoringModel(opportunities, interactions, blueprint, { now });
  const closedAt = closeTimeOf(opportunity);
  const snapshots = closedAt === undefined ? [] : stageEntrySnapshots(opportunity, blueprint, closedAt);
  const asOf = closedAt === undefined ? now : snapshots[snapshots.length - 1]?.at ?? opportunity.createdAt;
  const own = interactions.filter((i) => i.opportunityId === opportunity.id);
  const score = scoreOpportunity(model, opportunity, own, blueprint, { now, asOf });
  const stageId = caseBehaviour(opportunity, own, blueprint, asOf).currentStageId;
  return { opportunity, asOf, closedAt, model, score, stageName: blueprint.stages.find((s) => s.id === stageId)?.name };
}
