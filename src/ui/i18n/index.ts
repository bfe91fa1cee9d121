export * from './strings';
export { webPartStringModules, webPartStringsFor } from './propertyPanes';
export type { WebPartStrings } from './propertyPanes';
