/**
 * The strings of Sales Insights: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { EvidenceLevel } from '../../../core/insights';
import type { TrainingPhase } from '../../../services';

export type SeparationLevel = 'chance' | 'weak' | 'fair' | 'good' | 'strong';

export interface InsightsStrings {
  readonly loading: string;
  readonly loadFailed: string;
  readonly noBlueprint: string;
  readonly inUseHeading: string;
  readonly candidateHeading: string;
  readonly noModel: string;
  readonly modelKind: (logistic: boolean) => string;
  readonly trainedOn: (won: number, lost: number) => string;
  readonly trainedAt: (date: string, by: string | undefined) => string;
  readonly window: (from: string, to: string) => string;
  readonly blueprintVersion: (name: string, version: number) => string;
  readonly otherVersion: (trained: number, published: number) => string;
  readonly tooFew: (won: number, lost: number, needed: number) => string;
  readonly noEvaluation: string;
  readonly testedFallback: (won: number, lost: number, needed: number) => string;
  readonly evaluationIntro: (from: string, to: string, won: number, lost: number, snapshots: number) => string;
  readonly separation: (percent: string, level: string, baseline: string) => string;
  readonly separationLevels: Readonly<Record<SeparationLevel, string>>;
  readonly figuresCaption: string;
  readonly figure: string;
  readonly modelColumn: string;
  readonly baselineColumn: string;
  readonly auc: string;
  readonly brier: string;
  readonly logLoss: string;
  readonly lowerIsBetter: string;
  readonly notAvailable: string;
  readonly calibrationHeading: string;
  readonly calibrationCaption: string;
  readonly scoreRange: string;
  readonly entries: string;
  readonly predicted: string;
  readonly observed: string;
  readonly calibrationSentence: (range: string, observed: string, entries: number) => string;
  readonly train: string;
  readonly trainHint: string;
  /** For people who may not train: who can (site owners, and the group when one is named). */
  readonly whoCanTrain: (group: string | undefined) => string;
  readonly cancel: string;
  readonly phases: Readonly<Record<TrainingPhase, string>>;
  readonly progress: (phase: string, deals: number) => string;
  readonly trained: (label: string) => string;
  readonly cancelled: string;
  readonly trainFailed: string;
  readonly useModelLabel: string;
  readonly inUse: string;
  /** After "Use this model": the model and how many open deals were re-scored with it. */
  readonly nowInUse: (label: string, rescored: number) => string;
  readonly rescoring: (done: number, total: number) => string;
  readonly patternsHeading: string;
  readonly patternsIntro: (won: number, lost: number) => string;
  readonly patternsLeftOut: (names: string) => string;
  readonly patternsCut: (shown: number, found: number) => string;
  readonly noPatterns: string;
  readonly evidenceFilter: string;
  readonly directionFilter: string;
  readonly teamFilter: string;
  /** The team option of deals without a team. */
  readonly noTeam: string;
  readonly periodFilter: string;
  readonly closedWithin: (months: number) => string;
  readonly sizeFilter: string;
  /** Size bands by their (formatted) edges: below the first, between two, from the last. */
  readonly sizeBelow: (edge: string) => string;
  readonly sizeBetween: (from: string, to: string) => string;
  readonly sizeFrom: (edge: string) => string;
  /** Why team, period and size cannot be chosen: the model was trained before the filters existed. */
  readonly retrainToFilter: string;
  readonly all: string;
  readonly helps: string;
  readonly hurts: string;
  readonly evidence: Readonly<Record<EvidenceLevel, string>>;
  readonly winRateWithWithout: (withRate: string, withoutRate: string) => string;
  readonly stageReached: (stage: string) => string;
}
