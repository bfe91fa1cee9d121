/**
 * Bid advice and proposals as the lines people read, in the user's language. Pure: the panels and
 * the tests use the same functions.
 */
import type { BlueprintProposal } from '../../../core/insights';
import type { Blueprint } from '../../../core/model';
import { MIN_SIMILAR_WINS, type BidAdvice, proposalSubject } from '../../../services';
import type { DecisionsStrings } from '../../i18n/decisions';

export interface BidView {
  readonly decision: BidAdvice['decision'];
  readonly headline: string;
  readonly lines: readonly string[];
  /** Present when the advice rests on too few comparable pursuits. */
  readonly thin?: string;
}

const percentOf = (locale: string, share: number): string => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const amountOf = (locale: string, value: number): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);

/** The advice in sentences: expected value, where the probability comes from, similar pursuits, coverage, the reason. */
export function bidView(advice: BidAdvice, input: { readonly team: string; readonly amount: number; readonly pursuitCost: number }, strings: DecisionsStrings, locale: string): BidView {
  const team = input.team === '' ? strings.noTeam : input.team;
  const reason =
    advice.decision === 'no-bid' ? strings.reasonNoBid : advice.decision === 'bid' ? strings.reasonBid : advice.thin ? strings.reasonTooFew : strings.reasonStaff;
  const bar = (x: number | undefined): string | undefined => (x === undefined ? undefined : percentOf(locale, x));
  return {
    decision: advice.decision,
    headline: strings.decisions[advice.decision],
    lines: [
      strings.expectedValue(amountOf(locale, advice.expectedValue), percentOf(locale, advice.probability), amountOf(locale, input.amount), amountOf(locale, input.pursuitCost)),
      strings.probabilityFrom(advice.probabilitySource, advice.probabilityBasis, team),
      strings.similar(advice.similarPursuits, advice.similarWins, team, strings.bands[advice.sizeBand] ?? ''),
      strings.coverage(percentOf(locale, advice.plannedExchangeCoverage), percentOf(locale, advice.plannedRoleCoverage), bar(advice.requiredExchangeCoverage), bar(advice.requiredRoleCoverage)),
      reason
    ],
    ...(advice.thin ? { thin: strings.thin(advice.similarWins, MIN_SIMILAR_WINS, advice.pastPursuits) } : {})
  };
}

export interface ProposalRow {
  readonly id: string;
  readonly title: string;
  readonly evidence: string;
}

/** Each proposal's title and evidence in names (exchange, roles, stage), never ids. */
export function proposalRows(proposals: readonly BlueprintProposal[], blueprint: Blueprint, strings: DecisionsStrings, locale: string): ProposalRow[] {
  const lift = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return proposals.map((p) => {
    const s = proposalSubject(p, blueprint);
    const t = p.table;
    return {
      id: p.id,
      title: strings.proposalTitle(p.kind, s.deliverable, s.fromRole, s.toRole, s.stage),
      evidence: strings.proposalEvidence(s.stage, t.a, t.a + t.b, t.c, t.c + t.d, lift.format(p.lift))
    };
  });
}
