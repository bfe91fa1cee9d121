/**
 * The strings of the Decide area (bid/no-bid, reviews, proposals, leads): the interface each language file (en-us.ts, de-de.ts)
 * fills. Numbers and dates are formatted with Intl by locale.
 */
import type { BidRecommendation, BlueprintProposal } from '../../../core/insights';
import type { ProbabilitySource } from '../../../services';

export interface DecisionsStrings {
  readonly heading: string;
  readonly tabs: { readonly proposals: string; readonly bid: string; readonly reviews: string; readonly leads: string };
  // Proposals
  readonly proposalsIntro: string;
  readonly findProposals: string;
  readonly finding: string;
  readonly proposalsOf: (name: string, version: number, won: number, lost: number) => string;
  readonly noProposals: string;
  readonly proposalTitle: (kind: BlueprintProposal['kind'], deliverable: string, from: string, to: string, stage: string) => string;
  readonly proposalEvidence: (stage: string, withWon: number, withAll: number, withoutWon: number, withoutAll: number, lift: string) => string;
  readonly acceptLabel: string;
  readonly saveDraft: (count: number) => string;
  readonly saving: string;
  readonly readOnly: string;
  readonly savedDraft: (name: string, version: number, basedOn: number | undefined, ontoDraft: boolean) => string;
  readonly blueprintChanged: (before: number, live: number, by: string | undefined) => string;
  readonly conflict: string;
  // Bid
  readonly bidIntro: string;
  readonly openDealHeading: string;
  readonly openDeal: string;
  readonly noOpenDeals: string;
  readonly pursuitCost: string;
  readonly advise: string;
  readonly newPursuitHeading: string;
  readonly account: string;
  readonly team: string;
  readonly amount: string;
  readonly stagePath: string;
  readonly loadingHistory: string;
  readonly decisions: Readonly<Record<BidRecommendation['decision'], string>>;
  readonly adviceFor: (what: string) => string;
  readonly expectedValue: (value: string, probability: string, amount: string, cost: string) => string;
  readonly probabilityFrom: (source: ProbabilitySource, basis: number, team: string) => string;
  readonly similar: (count: number, wins: number, team: string, band: string) => string;
  readonly coverage: (plannedExchanges: string, plannedRoles: string, barExchanges: string | undefined, barRoles: string | undefined) => string;
  readonly thin: (wins: number, needed: number, all: number) => string;
  readonly reasonNoBid: string;
  readonly reasonTooFew: string;
  readonly reasonStaff: string;
  readonly reasonBid: string;
  readonly bands: readonly string[];
  readonly noTeam: string;
  readonly invalidNumber: (field: string) => string;
  // Reviews
  readonly reviewIntro: string;
  readonly closedDeal: string;
  readonly noClosedDeals: string;
  readonly loadingDeals: string;
  readonly print: string;
  readonly reviewOf: (name: string) => string;
  readonly dealLine: (account: string, outcome: string, closed: string, amount: string) => string;
  /** When the review pack was read and by whom (printed with it). */
  readonly preparedLine: (when: string, who: string) => string;
  readonly outcomes: Readonly<Record<'won' | 'lost' | 'no-decision' | 'open', string>>;
  readonly timelineHeading: string;
  readonly timelineColumns: { readonly exchange: string; readonly stage: string; readonly expectedBy: string; readonly doneAt: string; readonly status: string };
  readonly timelineStatuses: Readonly<Record<'done' | 'late' | 'missing' | 'skipped' | 'not-reached', string>>;
  readonly optional: string;
  readonly unexpectedHeading: string;
  readonly noUnexpected: string;
  readonly deviationsHeading: string;
  readonly noDeviations: string;
  readonly scoreHistoryHeading: string;
  readonly scoreAt: (stage: string, date: string, score: string) => string;
  readonly scoredBy: (model: string) => string;
  readonly recordNotYet: string;
  readonly recordHeading: string;
  readonly reason: string;
  readonly lessons: string;
  readonly saveRecord: string;
  readonly recordSaved: (by: string, when: string) => string;
  readonly chooseReason: string;
  readonly reasonsHeading: string;
  readonly reasonsHint: string;
  readonly saveReasons: string;
  readonly reasonsSaved: string;
  readonly summaryHeading: string;
  readonly noRecords: string;
  readonly summaryLine: (outcome: 'won' | 'lost', reason: string, deals: number, missed: { deliverable: string; deals: number } | undefined) => string;
  // Leads
  readonly leadsIntro: string;
  readonly leadsFile: string;
  readonly outcomeColumn: string;
  readonly nameColumn: string;
  readonly scoreLeads: string;
  readonly leadsTrained: (converted: number, notConverted: number, auc: string | undefined, tested: number) => string;
  readonly leadsTooFew: (converted: number, notConverted: number, needed: number) => string;
  readonly gradeFilter: string;
  readonly allGrades: string;
  readonly exportLeads: string;
  readonly leadColumns: { readonly rank: string; readonly lead: string; readonly score: string; readonly grade: string; readonly reasons: string };
  readonly leadsShown: (shown: number, all: number) => string;
  readonly leadsNotStored: string;
  /** The Designer's summary of a draft's differences from the live version. */
  readonly draftChanges: (live: number) => string;
}
