export * from './blueprint';
export * from './interaction';
export * from './eventLog';
export * from './technicalBlueprint';
export * from './deviation';
export { validateTechnicalBlueprint } from './validateTechnicalBlueprint';
export { diffBlueprints } from './diffBlueprints';
export type { BlueprintDiff, CollectionDiff, FieldChange, FieldValue } from './diffBlueprints';
export { validateBlueprint } from './validateBlueprint';
