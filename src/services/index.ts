export * from './hostContext';
export * from './ports';
export * from './provisioning';
export * from './importData';
export * from './analysis';
export { analyseOpportunity, parseScoringModelLabel, scoringModelLabel } from './analysisSnapshot';
export type { ScoringModelLabel } from './analysisSnapshot';
export * from './scoringTraining';
export * from './insights';
