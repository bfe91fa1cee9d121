export * from './blueprintProposals';
export * from './bidAdvice';
export * from './leadScores';
