/**
 * Plain-language findings from an exchange analysis, each with a stable code a UI can map to an icon
 * or a help link.
 */
import type { NetworkComparison } from './compareNetworks';
import type { ExchangeAnalysis } from './exchangeAnalysis';

export type NetworkFindingCode =
  | 'role-isolated'
  | 'role-only-gives'
  | 'role-only-receives'
  | 'role-overburdened'
  | 'no-reciprocal-pairs'
  | 'dead-link'
  | 'unplanned-exchange';

export interface NetworkFinding {
  readonly code: NetworkFindingCode;
  readonly message: string;
  /** The roles the finding is about (ids). */
  readonly roles: readonly string[];
  /** The blueprint transaction, for dead links. */
  readonly transactionId?: string;
}

export interface FindingOptions {
  /** Display names by role id; ids are shown where a name is missing. */
  readonly roleNames?: Readonly<Record<string, string>>;
  /** Adds dead-link and unplanned-exchange findings. */
  readonly comparison?: NetworkComparison;
}

/**
 * Findings in a fixed order: isolated, only-gives, only-receives, overburdened roles (each in role
 * order), then "no reciprocal pairs" when at least two roles exchange but none both ways, then dead
 * links and unplanned exchanges in the comparison's order.
 */
export function networkFindings(analysis: ExchangeAnalysis, options: FindingOptions = {}): NetworkFinding[] {
  const name = (id: string): string => options.roleNames?.[id] ?? id;
  const load = new Map(analysis.roles.map((r) => [r.role, r]));
  const findings: NetworkFinding[] = [
    ...analysis.isolated.map((r): NetworkFinding => ({
      code: 'role-isolated',
      roles: [r],
      message: `${name(r)} exchanges nothing with any other role: involve them or take the role out of the network.`
    })),
    ...analysis.onlyGive.map((r): NetworkFinding => ({
      code: 'role-only-gives',
      roles: [r],
      message: `${name(r)} gives ${load.get(r)?.outputs ?? 0} and receives nothing back: plan what they get in return, or the relationship will cool.`
    })),
    ...analysis.onlyReceive.map((r): NetworkFinding => ({
      code: 'role-only-receives',
      roles: [r],
      message: `${name(r)} receives ${load.get(r)?.inputs ?? 0} and gives nothing back: ask for a commitment, information or access in return.`
    })),
    ...analysis.overburdened.map((r): NetworkFinding => ({
      code: 'role-overburdened',
      roles: [r],
      message: `${name(r)} carries ${load.get(r)?.load ?? 0} exchanges, far more than the other roles: spread the work so the deal does not hang on one person.`
    }))
  ];
  const connected = analysis.roles.filter((r) => r.load > 0).length;
  if (connected >= 2 && analysis.reciprocalPairs.length === 0) {
    findings.push({ code: 'no-reciprocal-pairs', roles: [], message: 'No two roles exchange in both directions: add return exchanges so value flows both ways.' });
  }
  for (const e of options.comparison?.deadLinks ?? []) {
    findings.push({
      code: 'dead-link',
      roles: [e.source, e.target],
      ...(e.transactionId === undefined ? {} : { transactionId: e.transactionId }),
      message: `"${e.label}" from ${name(e.source)} to ${name(e.target)} is in the blueprint but never happened: schedule it or question whether it is needed.`
    });
  }
  for (const e of options.comparison?.unplanned ?? []) {
    findings.push({
      code: 'unplanned-exchange',
      roles: [e.source, e.target],
      message: `${name(e.source)} sent "${e.label}" to ${name(e.target)} ${e.count} time${e.count === 1 ? '' : 's'}, which the blueprint does not plan: add it to the blueprint if it helps win.`
    });
  }
  return findings;
}
