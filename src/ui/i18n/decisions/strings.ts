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
  readonly leadsImport: string;
  readonly trainLeadModel: string;
  readonly leadsTrainOwnersOnly: string;
  readonly leadsLoading: string;
  readonly leadsNoList: string;
  readonly leadsNoModel: string;
  readonly leadsModel: (label: string, when: string, by: string | undefined) => string;
  readonly leadsTrained: (converted: number, notConverted: number, auc: string | undefined, tested: number) => string;
  readonly leadsTooFew: (converted: number, notConverted: number, needed: number) => string;
  readonly leadsImported: (read: number, added: number, updated: number, unchanged: number, skipped: number, scored: number) => string;
  readonly leadsRescored: (scored: number) => string;
  readonly leadsFailed: (failed: number) => string;
  readonly leadsImporting: string;
  readonly leadsTraining: string;
  readonly gradeFilter: string;
  readonly allGrades: string;
  readonly textFilter: string;
  readonly exportLeads: string;
  readonly leadColumns: { readonly rank: string; readonly id: string; readonly lead: string; readonly score: string; readonly grade: string; readonly reasons: string };
  readonly notScored: string;
  /** `shown` rows of the `matching` leads the filters keep, of `all` open leads. */
  readonly leadsShown: (shown: number, matching: number, all: number) => string;
  readonly leadMapping: LeadMappingStrings;
  /** The Designer's summary of a draft's differences from the live version. */
  readonly draftChanges: (live: number) => string;
}

/** The strings of the Leads panel's mapping step. */
export interface LeadMappingStrings {
  readonly heading: (fileName: string) => string;
  readonly summary: (rows: number, columns: number) => string;
  readonly fieldsCaption: string;
  readonly columns: { readonly field: string; readonly column: string; readonly samples: string };
  readonly fieldNames: { readonly id: string; readonly name: string; readonly outcome: string };
  readonly neededFor: { readonly id: string; readonly outcome: string };
  readonly required: string;
  readonly notInFile: string;
  readonly columnFor: (field: string) => string;
  readonly matchedBy: { readonly name: string; readonly user: string; readonly none: string };
  readonly outcomeCaption: string;
  readonly outcomeColumns: { readonly value: string; readonly rows: string; readonly outcome: string };
  readonly outcomeNames: { readonly converted: string; readonly 'not-converted': string; readonly open: string };
  readonly chooseOutcome: string;
  readonly missingOutcomes: (rows: number) => string;
  readonly featuresCaption: string;
  readonly useFeature: (column: string) => string;
  readonly toDecide: string;
  readonly unmappedField: (field: string, purpose: string) => string;
  readonly outcomeValuesOpen: (values: string) => string;
  readonly previewCaption: string;
  readonly previewColumns: { readonly id: string; readonly name: string; readonly outcome: string; readonly features: string };
  readonly skippedCaption: (rows: number) => string;
  readonly checkedStart: (checked: number, total: number) => string;
  readonly mappingJson: string;
  readonly importButton: (leads: number) => string;
  readonly downloadMapping: string;
  readonly cancel: string;
}
