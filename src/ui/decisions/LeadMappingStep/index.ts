export * from './LeadMappingStep';
export * from './LeadMappingStep.types';
export * from './leadMappingModel';
