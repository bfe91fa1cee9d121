/** Public face of the conformance checker: import from here, not from the files behind it. */
export type {
  CaseConformance,
  CheckLogOptions,
  CheckOptions,
  ConstraintProvenance,
  ConstraintResult,
  ConstraintSet,
  ConstraintState,
  DeclareConstraint,
  ProvenanceKind,
  TemplateName
} from './types';
export { TEMPLATE_SPECS, MS_PER_DAY, isTemplateName, type TemplateSpec } from './templates';
export { parseConstraintSet } from './parseConstraintSet';
export { checkTrace, checkLog, forEachCaseConformance } from './checkTrace';
export { compilePlan, type CheckPlan } from './compilePlan';
export { createScratch, evaluateTrace } from './evaluateTrace';
export type { EvaluationScratch } from './evaluationScratch';
export { computeFitness } from './fitness';
export { compileBlueprint, stageExitAction } from './compileBlueprint';
export { traceWithStageEntries, stageEntryActivity, STAGE_ENTRY_PREFIX } from './stageEntries';
export { findDeviations, type DeviationInput } from './deviations';
export { currentStageId, findSingleThreading, findUncoveredRoles, findUnexpectedExchanges } from './interactionDeviations';
export type { Deviation, DeviationKind, DeviationSeverity } from './deviationTypes';
