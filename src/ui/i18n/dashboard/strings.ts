/**
 * The strings of the Performance Dashboard: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { ScoreTrend } from '../../../core/insights';
import type { OpportunityStatus } from '../../../core/model';
import type { ExchangeStatus } from '../../dashboard/model/exchangeTimeline';

/** The lowest points of grades A, B and C (D is below C's). */
export interface GradeCuts {
  readonly A: number;
  readonly B: number;
  readonly C: number;
}

export interface DashboardStrings {
  readonly loading: string;
  readonly noBlueprint: string;
  readonly kpiHeading: string;
  readonly conformanceRate: string;
  readonly conformanceRateDefinition: string;
  readonly conformanceDetail: (conforming: number, analysed: number) => string;
  /** Analysed open deals by fitness band: below 50 %, 50-79 %, 80 % and above. */
  readonly fitnessBands: (low: number, medium: number, high: number) => string;
  readonly winRate: string;
  readonly winRateDefinition: string;
  readonly winRateDetail: (won: number, closed: number) => string;
  readonly valueAtRisk: string;
  readonly valueAtRiskDefinition: string;
  readonly valueAtRiskDetail: (count: number, pipeline: string) => string;
  readonly notAvailable: string;
  readonly funnelHeading: string;
  /** The benchmark rule: `sellers` best of `ranked` sellers with at least `minClosed` closed deals, learnt from `closed` deals. */
  readonly funnelDescription: (sellers: number, closed: number, ranked: number, minClosed: number) => string;
  /** Shown to a seller with fewer than `minClosed` closed deals: her conversion rests on too few deals. */
  readonly tooFewDeals: (closed: number, minClosed: number) => string;
  readonly stage: string;
  readonly reached: string;
  readonly conversion: string;
  readonly idealConversion: string;
  readonly medianDays: string;
  readonly biggestLeak: (stage: string) => string;
  readonly heatmapHeading: string;
  readonly heatmapBy: string;
  readonly bySeller: string;
  readonly byTeam: string;
  readonly heatmapCell: (group: string, stage: string, count: number) => string;
  readonly heatmapEmpty: string;
  readonly listHeading: string;
  readonly search: string;
  readonly statusFilter: string;
  readonly stageFilter: string;
  readonly ownerFilter: string;
  readonly allStages: string;
  readonly allOwners: string;
  readonly allStatuses: string;
  readonly shown: (shown: number, total: number) => string;
  readonly columns: { readonly name: string; readonly account: string; readonly owner: string; readonly stage: string; readonly amount: string; readonly status: string; readonly score: string; readonly fitness: string; readonly deviations: string };
  readonly statuses: Readonly<Record<OpportunityStatus, string>>;
  readonly myDealsHeading: string;
  readonly myDealsNone: string;
  readonly nextExchangesHeading: string;
  readonly nextExchangesNone: string;
  readonly openDetails: (name: string) => string;
  readonly panelClose: string;
  readonly timelineHeading: string;
  /** Header of the timeline's deliverable column (the exchange, not the opportunity). */
  readonly exchange: string;
  readonly expected: string;
  readonly actual: string;
  readonly exchangeStatuses: Readonly<Record<ExchangeStatus, string>>;
  readonly roleCoverageHeading: string;
  readonly role: string;
  readonly people: string;
  readonly interactionsCount: string;
  readonly networkHeading: string;
  readonly deadLinks: string;
  readonly unplanned: string;
  readonly none: string;
  readonly scoreHeading: string;
  readonly scoreModel: (model: string) => string;
  /** A stored logistic score (a calibrated win probability), 0-100. */
  readonly winProbability: (score: number) => string;
  /** A blueprint-distance score (closeness, not a probability), 0-100. */
  readonly blueprintCloseness: (score: number) => string;
  /** A stored score whose model label this version cannot read, 0-100. */
  readonly plainScore: (score: number) => string;
  readonly logisticModel: (won: number, lost: number) => string;
  readonly storedDistanceModel: (won: number, lost: number) => string;
  /** The model used when no score is stored and the drill-down computes one itself. */
  readonly distanceModel: string;
  readonly scoreNotStored: string;
  readonly reasonsNotStored: string;
  readonly points: (points: string) => string;
  readonly noScoreModel: string;
  /** The list's score cell for screen readers, e.g. `72, grade B, improving`. */
  readonly scoreCell: (points: number, grade: string, trend: string) => string;
  readonly trends: Readonly<Record<ScoreTrend, string>>;
  /** Under the list: what the grade letters and the arrows mean, with the cut points and the threshold. */
  readonly scoreLegend: (cuts: GradeCuts, threshold: number) => string;
  /** Drill-down: the grade with its cut points. */
  readonly gradeLine: (grade: string, cuts: GradeCuts) => string;
  /** Drill-down: the trend with the change since the previous score (signed points) and its date. */
  readonly trendLine: (trend: string, change: string, since: string, threshold: number) => string;
  /** Drill-down: no previous score yet. */
  readonly trendNoHistory: (threshold: number) => string;
  readonly reasons: string;
  readonly deviationsHeading: string;
  /** After the listed deviations, when the snapshot stored fewer than were found (or some are below the severity shown). */
  readonly moreDeviations: (count: number) => string;
  readonly alertsHeading: string;
  readonly alertsNone: string;
  readonly alertsUnavailable: string;
  readonly importHeading: string;
  readonly importDescription: string;
  readonly importFormat: string;
  /** Label of the choice of what the file holds, and its two options. */
  readonly importKind: string;
  readonly importKindInteractions: string;
  readonly importKindOpportunities: string;
  readonly chooseFile: string;
  /** The file button when only CSV is accepted (opportunities). */
  readonly chooseCsvFile: string;
  readonly importProgress: (rows: number, stored: number) => string;
  readonly analysing: (done: number, total: number) => string;
  readonly importSummary: (rows: number, accepted: number, rejected: number) => string;
  readonly storedSummary: (added: number, already: number, failed: number) => string;
  readonly opportunitiesReadSummary: (opportunities: number, rejectedRows: number) => string;
  readonly opportunitiesStoredSummary: (added: number, updated: number, unchanged: number, failed: number) => string;
  readonly analysedSummary: (analysed: number, missing: number) => string;
  readonly rowErrorsHeading: (count: number) => string;
  readonly rowErrorColumns: { readonly row: string; readonly column: string; readonly reason: string };
  readonly wholeRow: string;
  readonly importFailed: string;
  readonly loadFailed: string;
  readonly xesFormat: string;
}
