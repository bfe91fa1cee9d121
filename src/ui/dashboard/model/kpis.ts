import type { OpportunityRecord } from '../../../services';

/** The three headline figures of the dashboard, over the opportunities in view. */
export interface DashboardKpis {
  /**
   * Open opportunities with an analysis snapshot and no high-severity deviation, divided by open
   * opportunities with a snapshot; `undefined` when no open opportunity has been analysed. (Counting
   * deals with no deviation at all said 0 % on any real site: every open deal has some deviation.)
   */
  readonly conformanceRate: number | undefined;
  readonly conformingOpen: number;
  readonly analysedOpen: number;
  /** Won divided by closed (won + lost + no-decision); `undefined` with no closed deal. */
  readonly winRate: number | undefined;
  readonly won: number;
  readonly closed: number;
  /** Sum of the amounts (currency units) of open opportunities with at least one high-severity deviation. */
  readonly valueAtRisk: number;
  readonly atRiskCount: number;
  /** Sum of the amounts of every open opportunity. */
  readonly openPipeline: number;
  /** The one currency of the open opportunities, when they all state the same; otherwise `undefined`. */
  readonly currency: string | undefined;
  /** Analysed open opportunities by fitness: below 0.5, 0.5 up to 0.8, 0.8 and above. */
  readonly fitnessBands: { readonly low: number; readonly medium: number; readonly high: number };
}

/** True when the record's latest analysis found a high-severity deviation (snapshots list high first). */
export function hasHighSeverityDeviation(record: OpportunityRecord): boolean {
  return record.snapshot?.deviations.top.some((d) => d.severity === 'high') ?? false;
}

/**
 * Conformance rate, win rate and pipeline value at risk, exactly as their tooltips define them.
 * Reads only the Opportunities records and their snapshots (never raw interactions).
 *
 * Edge cases: open opportunities without a snapshot count in the open pipeline but not in the
 * conformance rate (they were never checked); amounts are summed as stored, and `currency` is set
 * only when every open opportunity states the same one.
 */
export function dashboardKpis(records: readonly OpportunityRecord[]): DashboardKpis {
  let conformingOpen = 0;
  let analysedOpen = 0;
  let won = 0;
  let closed = 0;
  let valueAtRisk = 0;
  let atRiskCount = 0;
  let openPipeline = 0;
  const currencies = new Set<string | undefined>();
  const fitnessBands = { low: 0, medium: 0, high: 0 };
  for (const record of records) {
    const { status, amount } = record.opportunity;
    if (status !== 'open') {
      closed += 1;
      if (status === 'won') won += 1;
      continue;
    }
    openPipeline += amount;
    currencies.add(record.opportunity.currency);
    if (record.snapshot) {
      analysedOpen += 1;
      if (!hasHighSeverityDeviation(record)) conformingOpen += 1;
      const fitness = record.snapshot.fitness;
      if (fitness < 0.5) fitnessBands.low += 1;
      else if (fitness < 0.8) fitnessBands.medium += 1;
      else fitnessBands.high += 1;
    }
    if (hasHighSeverityDeviation(record)) {
      atRiskCount += 1;
      valueAtRisk += amount;
    }
  }
  return {
    conformanceRate: analysedOpen === 0 ? undefined : conformingOpen / analysedOpen,
    conformingOpen,
    analysedOpen,
    winRate: closed === 0 ? undefined : won / closed,
    won,
    closed,
    valueAtRisk,
    atRiskCount,
    openPipeline,
    currency: currencies.size === 1 ? [...currencies][0] : undefined,
    fitnessBands
  };
}
