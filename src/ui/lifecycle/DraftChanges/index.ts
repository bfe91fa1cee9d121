export * from './DraftChanges';
export * from './DraftChanges.types';
