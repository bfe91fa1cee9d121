import type { Deviation } from '../../conformance';
import type { Blueprint, Interaction, Opportunity } from '../../model';
import { caseBehaviour } from '../behaviour/caseBehaviour';
import { closeTimeOf, outcomeOf } from '../behaviour/outcome';
import { stageEntrySnapshots } from '../behaviour/stageEntrySnapshots';
import { dueMomentOf } from '../scoring/behaviourMeasures';
import { scoreOpportunity } from '../scoring/scoreOpportunity';
import type { StageConformance } from '../scoring/scoringFeatures';
import type { OpportunityScore, ScoringModel } from '../scoring/scoringModel';

/**
 * What became of one blueprint transaction in the deal:
 * `done` (on time, or no deadline), `late` (first done after it fell due), `missing` (required, its
 * stage was entered, never done), `skipped` (optional, its stage was entered, not done),
 * `not-reached` (its stage was never entered, so nothing was expected of it).
 */
export type TimelineStatus = 'done' | 'late' | 'missing' | 'skipped' | 'not-reached';

export interface TimelineEntry {
  readonly transactionId: string;
  readonly deliverable: string;
  readonly stageId: string;
  readonly required: boolean;
  /** Epoch ms the exchange fell due (see dueMomentOf); `undefined` without a due rule or anchor. */
  readonly expectedBy: number | undefined;
  /** First occurrence, epoch ms; `undefined` when not done. */
  readonly doneAt: number | undefined;
  readonly count: number;
  readonly status: TimelineStatus;
}

/** An exchange the blueprint does not know (one entry per interaction). */
export interface UnexpectedExchange {
  readonly activity: string;
  readonly at: number;
  readonly fromRole: string | undefined;
  readonly toRole: string | undefined;
}

/** The deal's score as it stood when it entered a stage. */
export interface ScoreHistoryEntry {
  readonly stageId: string;
  /** Epoch ms of the stage entry the score was read at. */
  readonly at: number;
  readonly score: OpportunityScore;
}

export interface ReviewPack {
  readonly opportunityId: string;
  readonly outcome: 'won' | 'lost';
  readonly status: Opportunity['status'];
  readonly closedAt: number;
  /** Blueprint transactions in sequence order. */
  readonly timeline: readonly TimelineEntry[];
  /** In time order. */
  readonly unexpected: readonly UnexpectedExchange[];
  /** As given by the caller (the conformance engine's findDeviations for this deal). */
  readonly deviations: readonly Deviation[];
  /** One score per stage entered before the close, in time order. */
  readonly scoreHistory: readonly ScoreHistoryEntry[];
}

export interface ReviewPackOptions {
  /** Epoch ms; passed to scoreOpportunity. */
  readonly now: number;
  readonly model: ScoringModel;
  readonly deviations: readonly Deviation[];
  readonly stageConformance?: StageConformance;
}

/**
 * The won/lost review of one closed opportunity: each blueprint transaction against what happened
 * (expected by, done at, late, missing), the exchanges the blueprint does not know, the deviations
 * the conformance engine found, and the score history at each stage entry (read as of the entry, so
 * the review shows what the team could have known then). Everything is read up to the close.
 * Returns `undefined` for a deal that is still open.
 */
export function reviewPack(
  opportunity: Opportunity,
  interactions: readonly Interaction[],
  blueprint: Blueprint,
  options: ReviewPackOptions
): ReviewPack | undefined {
  const outcome = outcomeOf(opportunity);
  const closedAt = closeTimeOf(opportunity);
  if (outcome === undefined || closedAt === undefined) return undefined;
  const behaviour = caseBehaviour(opportunity, interactions, blueprint, closedAt);
  const seen = new Map(behaviour.exchanges.map((e) => [e.transactionId, e]));
  const firstAt = new Map(behaviour.exchanges.map((e) => [e.transactionId, e.firstAt]));
  const stageEntry = new Map<string, number>();
  for (const entry of opportunity.stageHistory) {
    if (entry.enteredAt > closedAt) continue;
    const first = stageEntry.get(entry.stageId);
    if (first === undefined || entry.enteredAt < first) stageEntry.set(entry.stageId, entry.enteredAt);
  }
  const timeline = [...blueprint.transactions]
    .sort((x, y) => x.sequence - y.sequence)
    .map((t): TimelineEntry => {
      const done = seen.get(t.id);
      const expectedBy = dueMomentOf(t, stageEntry, firstAt);
      let status: TimelineStatus;
      if (done !== undefined) status = expectedBy !== undefined && done.firstAt > expectedBy ? 'late' : 'done';
      else if (!stageEntry.has(t.stage)) status = 'not-reached';
      else status = t.required ? 'missing' : 'skipped';
      return { transactionId: t.id, deliverable: t.deliverable, stageId: t.stage, required: t.required, expectedBy, doneAt: done?.firstAt, count: done?.count ?? 0, status };
    });
  const known = new Set(blueprint.transactions.map((t) => t.id));
  const unexpected = interactions
    .filter((i) => i.opportunityId === opportunity.id && i.timestamp <= closedAt && !known.has(i.transactionId ?? i.activity))
    .map((i) => ({ activity: i.activity, at: i.timestamp, fromRole: i.fromRole, toRole: i.toRole }))
    .sort((x, y) => x.at - y.at);
  const scoreHistory = stageEntrySnapshots(opportunity, blueprint, closedAt).map((snapshot) => ({
    stageId: snapshot.stageId,
    at: snapshot.at,
    score: scoreOpportunity(options.model, opportunity, interactions, blueprint, { now: options.now, asOf: snapshot.at, stageConformance: options.stageConformance })
  }));
  return { opportunityId: opportunity.id, outcome, status: opportunity.status, closedAt, timeline, unexpected, deviations: options.deviations, scoreHistory };
}
