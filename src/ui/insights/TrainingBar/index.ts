export * from './TrainingBar';
export * from './TrainingBar.types';
