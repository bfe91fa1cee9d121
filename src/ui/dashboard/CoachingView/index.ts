export * from './CoachingView';
export * from './CoachingView.types';
export * from './AttentionList';
