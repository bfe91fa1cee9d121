export * from './blueprint';
export * from './interaction';
export * from './eventLog';
export * from './technicalBlueprint';
export { validateTechnicalBlueprint } from './validateTechnicalBlueprint';
