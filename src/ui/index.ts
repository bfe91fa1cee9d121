export * from './apps';
export * from './host';
export * from './shell';
export * from './theme';
export * from './i18n';
export { initialMappingStep, mappingStepReducer, mappingStepView } from './dashboard/MappingStep/mappingStepModel';
export { layoutNetwork } from './designer/networkLayout';
export { ServicesProvider } from './services/ServicesProvider';
export type { UiServices } from './services/ServicesProvider';
