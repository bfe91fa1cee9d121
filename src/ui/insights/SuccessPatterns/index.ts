export * from './SuccessPatterns';
export * from './SuccessPatterns.types';
