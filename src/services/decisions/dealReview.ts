/**
 * The won/lost review of one closed deal as a use case: the review pack (each blueprint exchange
 * against what happened, exchanges the blueprint does not know, the stored deviations, the score at
 * each stage entry), read from the site through indexed reads, with names resolved for people.
 */
import { ValueNetworksError } from '../../core';
import { reviewPack, type ReviewPack, trainScoringModel } from '../../core/insights';
import type { ScoringModel } from '../../core/insights';
import type { Blueprint, Interaction, Opportunity } from '../../core/model';
import { NoPublishedBlueprintError } from '../insights/errors';
import { scoringModelInUse } from '../insights/modelInUse';
import type { DataStores, DeviationEntry } from '../ports';

/** The deal to review is not on the site (any more): deleted since the list was shown, or a wrong id. */
export class DealNotFoundError extends ValueNetworksError {
  public readonly opportunityId: string;
  public constructor(opportunityId: string) {
    super('This deal is no longer on the site: it was deleted after the list was shown. Choose another deal.');
    this.opportunityId = opportunityId;
  }
}

/** Only closed deals have a review. */
export class DealStillOpenError extends ValueNetworksError {
  public constructor(name: string) {
    super(`"${name}" is still open: a review needs a won or lost deal.`);
  }
}

export interface DealReview {
  readonly opportunity: Opportunity;
  readonly blueprint: Blueprint;
  readonly pack: ReviewPack;
  /** The deviations stored with the deal's latest analysis, most severe first (their messages name exchanges and roles). */
  readonly deviations: readonly DeviationEntry[];
  /** Which model scored the history, e.g. `logistic (84 won / 126 lost)`; the blueprint distance without a model in use. */
  readonly model: ScoringModel;
}

/** The review of one closed deal over plain data (the command line's files). Pure. */
export function dealReview(opportunity: Opportunity, interactions: readonly Interaction[], blueprint: Blueprint, model: ScoringModel, deviations: readonly DeviationEntry[], now: number): DealReview {
  const pack = reviewPack(opportunity, interactions, blueprint, { now, model, deviations: [] });
  if (pack === undefined) throw new DealStillOpenError(opportunity.name ?? opportunity.account);
  return { opportunity, blueprint, pack, deviations, model };
}

/**
 * Reads one deal (through its unique key), its interactions (indexed), the live blueprint and the
 * model in use, and builds its review.
 * @throws DealNotFoundError when the deal is gone; DealStillOpenError for an open deal;
 *   NoPublishedBlueprintError when nothing is published
 */
export async function loadDealReview(stores: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'models'>, opportunityId: string, now: number): Promise<DealReview> {
  const [records, live] = await Promise.all([stores.opportunities.getMany([opportunityId]), stores.blueprints.getPublished()]);
  const record = records[0];
  if (record === undefined) throw new DealNotFoundError(opportunityId);
  if (!live) throw new NoPublishedBlueprintError();
  const [interactions, inUse] = await Promise.all([stores.interactions.listByOpportunity(opportunityId), scoringModelInUse(stores, live.blueprint.id)]);
  // Without a model in use the blueprint distance scores the history, as analysis does.
  const model = inUse ?? trainScoringModel([], [], live.blueprint, { now });
  return dealReview(record.opportunity, interactions, live.blueprint, model, record.snapshot?.deviations.top ?? [], now);
}
