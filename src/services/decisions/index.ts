export * from './blueprintProposals';
export * from './bidAdvice';
