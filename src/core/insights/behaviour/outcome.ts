import type { Opportunity } from '../../model';

/** Milliseconds in a day; durations in insights are reported in days. */
export const DAY_MS = 86_400_000;

/**
 * The outcome analytics learn from: `won` for won deals, `lost` for lost AND no-decision deals
 * (a pursuit that ended without a purchase cost the same effort as a loss), `undefined` while open.
 */
export function outcomeOf(opportunity: Pick<Opportunity, 'status'>): 'won' | 'lost' | undefined {
  if (opportunity.status === 'won') return 'won';
  if (opportunity.status === 'lost' || opportunity.status === 'no-decision') return 'lost';
  return undefined;
}

/**
 * When a closed deal ended (epoch ms): `closedAt`, else its last stage entry, else `createdAt`.
 * `undefined` for an open deal.
 */
export function closeTimeOf(opportunity: Opportunity): number | undefined {
  if (opportunity.status === 'open') return undefined;
  if (opportunity.closedAt !== undefined) return opportunity.closedAt;
  const entries = opportunity.stageHistory;
  return entries.length > 0 ? Math.max(...entries.map((e) => e.enteredAt)) : opportunity.createdAt;
}

/**
 * The moment a deal's behaviour is read at: its close time when it closed before `now`, else `now`.
 * Features of closed deals therefore never see anything after the deal ended.
 */
export function observationTimeOf(opportunity: Opportunity, now: number): number {
  const closed = closeTimeOf(opportunity);
  return closed !== undefined && closed <= now ? closed : now;
}
