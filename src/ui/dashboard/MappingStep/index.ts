export * from './MappingStep';
export * from './MappingStep.types';
export * from './mappingStepModel';
