export * from './SelfDiagnosis';
export * from './SelfDiagnosis.types';
