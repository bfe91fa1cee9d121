/**
 * The strings of the coaching views: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
export interface CoachingStrings {
  readonly coachingHeading: string;
  readonly coachingDescription: (sellers: number) => string;
  readonly teamFilter: string;
  readonly allTeams: string;
  readonly seller: string;
  readonly team: string;
  readonly winRate: string;
  readonly wonOfClosed: (won: number, closed: number) => string;
  /** A stage cell: the seller's conversion against the benchmark's, and her median days there. */
  readonly stageCell: (conversion: string, best: string, days: string) => string;
  readonly stuck: string;
  readonly pipeline: string;
  readonly coverage: string;
  readonly noQuota: string;
  readonly leak: string;
  readonly notAvailable: string;
  readonly attentionHeading: string;
  readonly attentionDescription: string;
  readonly attentionNone: string;
  readonly overdue: (deliverables: string) => string;
  readonly stuckReason: (stage: string, days: string, median: string) => string;
  readonly rolesReason: (roles: string) => string;
  readonly lowScore: (percent: string) => string;
  readonly nextAction: string;
  readonly makeExchange: (deliverable: string, from: string, to: string) => string;
  readonly engageRole: (role: string) => string;
  readonly agreeNextStep: (stage: string) => string;
  readonly reviewDeal: string;
  readonly openDeal: (name: string) => string;
  readonly selfHeading: string;
  readonly selfLeak: (stage: string, mine: string, best: string) => string;
  readonly selfNoLeak: string;
  readonly behavioursHeading: string;
  readonly behavioursDescription: (deals: number, bestDeals: number) => string;
  readonly behaviourGap: (deliverable: string, mine: string, best: string) => string;
  readonly behavioursNone: string;
  readonly affectedDeals: string;
  readonly engageHeading: string;
  readonly engageDescription: string;
  readonly unmappedPeople: string;
  readonly unmappedNone: string;
  readonly seenIn: (count: number) => string;
  readonly suggestedRole: string;
  readonly mapTo: (person: string, role: string) => string;
  readonly mapped: (person: string, role: string) => string;
  readonly mapFailed: string;
  readonly uncoveredRoles: string;
  readonly uncoveredNone: string;
}
