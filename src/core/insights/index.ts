/**
 * Insights: the "Optimize" step. Pure analytics over plain data (no I/O, no clock: pass `now`).
 * This file is the only module other layers should import from src/core/insights.
 */
export { InsightsInputError, InsufficientDataError } from './errors';

export { contingencyTable, support, winRates, winRateLift } from './statistics/contingencyTable';
export type { ContingencyTable, FeatureOutcome, WinRates } from './statistics/contingencyTable';
export { oddsRatio } from './statistics/oddsRatio';
export type { OddsRatioEstimate } from './statistics/oddsRatio';
export { fisherExactTest } from './statistics/fisherExactTest';
export { logFactorial } from './statistics/logFactorial';
export { auc } from './statistics/auc';
export { brierScore } from './statistics/brierScore';
export { logLoss } from './statistics/logLoss';
export { calibrationTable } from './statistics/calibrationTable';
export type { CalibrationBin } from './statistics/calibrationTable';
export { median } from './statistics/median';

export { caseBehaviour } from './behaviour/caseBehaviour';
export type { CaseBehaviour, ObservedExchange, UnrecognisedActivity } from './behaviour/caseBehaviour';
export { groupByOpportunity } from './behaviour/groupByOpportunity';
export { DAY_MS, closeTimeOf, observationTimeOf, outcomeOf } from './behaviour/outcome';
export { stageEntrySnapshots } from './behaviour/stageEntrySnapshots';
export type { StageEntrySnapshot } from './behaviour/stageEntrySnapshots';
export { stageFairBehaviour, stageFairMoment, stageFairReadings } from './behaviour/stageFairReading';
export type { StageFairReading } from './behaviour/stageFairReading';

export { hasPattern, patternCatalogue } from './patterns/patternFeatures';
export type { ConstraintOutcome, ConstraintResults, PatternFeature, PatternKind } from './patterns/patternFeatures';
export { describePattern, evidenceLevel, formatP, formatRatio, patternLabel } from './patterns/describePattern';
export type { EvidenceLevel } from './patterns/describePattern';
export { successPatterns } from './patterns/successPatterns';
export { patternStageOrder } from './patterns/patternStage';
export { withoutRestatedOrders } from './patterns/restatedOrders';
export { patternTablesByCell } from './patterns/patternTablesByCell';
export type { PatternCellTables } from './patterns/patternTablesByCell';
export type { SuccessPattern, SuccessPatternOptions, SuccessPatternReport } from './patterns/successPatterns';

export { fitLogisticRegression, logOdds, sigmoid } from './scoring/logisticRegression';
export type { LogisticFit, LogisticRegressionOptions } from './scoring/logisticRegression';
export { learnStandardisation, standardiseRow } from './scoring/standardisation';
export type { Standardisation } from './scoring/standardisation';
export { calibrate, fitPlattScaling, NO_CALIBRATION } from './scoring/plattScaling';
export type { PlattCalibration } from './scoring/plattScaling';
export { scorerContributions, scorerProbabilities, scorerProbability, trainLogisticScorer } from './scoring/logisticScorer';
export type { LogisticScorer, LogisticScorerOptions } from './scoring/logisticScorer';
export { scoringFeatureNames, scoringFeatureVector } from './scoring/scoringFeatures';
export type { ScoringFeatureSpec, StageConformance } from './scoring/scoringFeatures';
export { featureLabel } from './scoring/featureLabel';
export { blueprintDistance } from './scoring/blueprintDistance';
export { customerRolesEngaged, dueMomentOf, latenessCount } from './scoring/behaviourMeasures';
export type { LatenessCount } from './scoring/behaviourMeasures';
export { outcomeOnlyExchanges } from './scoring/outcomeOnlyExchanges';
export type { ClosedBehaviour } from './scoring/outcomeOnlyExchanges';
export type { BlueprintDistance } from './scoring/blueprintDistance';
export { trainScoringModel } from './scoring/trainScoringModel';
export type { ScoringTrainingOptions } from './scoring/trainScoringModel';
export { scoreOpportunity } from './scoring/scoreOpportunity';
export { SCORE_GRADE_CUTS, scoreGrade, scorePoints } from './scoring/scoreGrade';
export type { ScoreGrade } from './scoring/scoreGrade';
export { SCORE_TREND_THRESHOLD, scoreTrend } from './scoring/scoreTrend';
export type { ScoreTrend } from './scoring/scoreTrend';
export type { ScoreOptions } from './scoring/scoreOpportunity';
export type {
  BlueprintDistanceModel,
  LogisticScoringModel,
  OpportunityScore,
  ScoreContribution,
  ScoringModel,
  TrainingCounts
} from './scoring/scoringModel';

export { evaluateScoring } from './evaluation/evaluateScoring';
export type { EvaluationOptions, ScorerMetrics, ScoringEvaluation, StageEvaluation } from './evaluation/evaluateScoring';
export { formatEvaluation } from './evaluation/formatEvaluation';
export { furthestStageOrder, learnStageBaseline, learnStageEntryBaseline, stageBaselineProbability } from './evaluation/stageBaseline';
export type { StageBaseline } from './evaluation/stageBaseline';

export { stageDurations, stageMedianDays } from './funnel/stageDurations';
export { funnelAnalysis } from './funnel/funnelAnalysis';
export type { FunnelOptions, FunnelReport, StageFunnel, StuckDeal } from './funnel/funnelAnalysis';
export { sellerFunnels } from './funnel/sellerFunnels';
export type { SellerFunnel, SellerFunnelOptions } from './funnel/sellerFunnels';

export { recommendBid, sizeBand } from './bid/bidRecommendation';
export type { BidCandidate, BidOptions, BidRecommendation, PastPursuit } from './bid/bidRecommendation';

export { DEFAULT_MIN_LEVEL_COUNT, MISSING_MARKERS, encodeLead, isMissingValue, leadFeatureNames, learnLeadEncoding, parseLeadNumber } from './leads/leadEncoding';
export type { LeadColumn, LeadColumnEncoding, LeadEncoding, LeadEncodingOptions, LeadRow } from './leads/leadEncoding';
export { leadFeatureLabel, scoreLeads, trainLeadScoring } from './leads/leadScoring';
export type { LeadScore, LeadScoringModel, LeadScoringOptions } from './leads/leadScoring';

export { reviewPack } from './review/reviewPack';
export type { ReviewPack, ReviewPackOptions, ScoreHistoryEntry, TimelineEntry, TimelineStatus, UnexpectedExchange } from './review/reviewPack';

export { proposeBlueprintChanges } from './proposals/proposeBlueprintChanges';
export type { ProposalOptions } from './proposals/proposeBlueprintChanges';
export { applyProposals } from './proposals/applyProposals';
export type { AddExchangeProposal, BlueprintProposal, NoDifferenceProposal } from './proposals/proposalTypes';
