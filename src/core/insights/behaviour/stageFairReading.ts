import type { Blueprint, Interaction, Opportunity } from '../../model';
import { caseBehaviour, type CaseBehaviour } from './caseBehaviour';
import { closeTimeOf, outcomeOf } from './outcome';
import { stageEntrySnapshots } from './stageEntrySnapshots';

/**
 * A closed deal prepared for stage-fair won/lost comparisons (issue 9 follow-up).
 *
 * Why: a won deal runs through every stage, a lost one stops early. Comparing "did the deal do the
 * close-stage exchange X?" over ALL closed deals therefore mostly measures "did the deal reach the
 * Close stage?", which winning deals do by definition (survivorship). The protocol instead compares
 * a pattern that belongs to stage S only among deals that reached S, each read at a moment that
 * gives won and lost deals the same chance to show it:
 *
 * - population: closed deals whose furthest stage entered strictly before closing has order >= S
 *   (a deal that skipped S but went further still reached it; an entry at the close instant is
 *   part of the outcome and does not count, see stageEntrySnapshots);
 * - reading moment: a deal that went BEYOND S is read at its last stage entry before closing, so
 *   the run-up to the close (signature, purchase order, the final weeks that only wins have) is not
 *   counted; a deal whose final stage IS S is read at its close, because otherwise nothing it did
 *   in S would be visible.
 */
export interface StageFairReading {
  readonly opportunity: Opportunity;
  readonly won: boolean;
  /** Epoch ms of the close. */
  readonly closedAt: number;
  /** Highest blueprint stage order entered strictly before the close; 0 when none. */
  readonly furthestOrder: number;
  /** Epoch ms of the last stage entry strictly before the close; the close when there is none. */
  readonly lastEntryAt: number;
  /** Behaviour read at the close. */
  readonly atClose: CaseBehaviour;
  /** Behaviour read at `lastEntryAt`. */
  readonly atLastEntry: CaseBehaviour;
}

/**
 * Reads every deal closed at or before `now` (epoch ms; no-decision counts as lost) twice, at its
 * close and at its last stage entry before the close, in input order. Open deals are left out.
 */
export function stageFairReadings(
  opportunities: readonly Opportunity[],
  grouped: ReadonlyMap<string, readonly Interaction[]>,
  blueprint: Blueprint,
  now: number
): StageFairReading[] {
  const readings: StageFairReading[] = [];
  for (const opportunity of opportunities) {
    const outcome = outcomeOf(opportunity);
    const closedAt = closeTimeOf(opportunity);
    if (outcome === undefined || closedAt === undefined || closedAt > now) continue;
    const entries = stageEntrySnapshots(opportunity, blueprint, closedAt);
    const own = grouped.get(opportunity.id) ?? [];
    const lastEntryAt = entries.length === 0 ? closedAt : Math.max(...entries.map((e) => e.at));
    const atClose = caseBehaviour(opportunity, own, blueprint, closedAt);
    readings.push({
      opportunity,
      won: outcome === 'won',
      closedAt,
      furthestOrder: entries.reduce((max, e) => Math.max(max, e.order), 0),
      lastEntryAt,
      atClose,
      atLastEntry: lastEntryAt === closedAt ? atClose : caseBehaviour(opportunity, own, blueprint, lastEntryAt)
    });
  }
  return readings;
}

/**
 * The moment (epoch ms) a deal is read at for a pattern of stage order `stageOrder` (0: a pattern
 * with no stage, compared among all closed deals), or `undefined` when the deal did not reach that
 * stage and so is left out of the comparison. See {@link StageFairReading} for the protocol.
 */
export function stageFairMoment(reading: StageFairReading, stageOrder: number): number | undefined {
  if (reading.furthestOrder < stageOrder) return undefined;
  return reading.furthestOrder > stageOrder ? reading.lastEntryAt : reading.closedAt;
}

/** The behaviour read at {@link stageFairMoment}, or `undefined` when the deal did not reach the stage. */
export function stageFairBehaviour(reading: StageFairReading, stageOrder: number): CaseBehaviour | undefined {
  const at = stageFairMoment(reading, stageOrder);
  if (at === undefined) return undefined;
  return at === reading.closedAt ? reading.atClose : reading.atLastEntry;
}
