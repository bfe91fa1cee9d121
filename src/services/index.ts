export * from './hostContext';
export * from './ports';
export * from './provisioning';
export * from './importData';
export * from './analysis';
export { analyseOpportunity, scoringModelLabel } from './analysisSnapshot';
