export * from './blueprintProposals';
export * from './bidAdvice';
export * from './leadScores';
export * from './dealReview';
export * from './reviewRecords';
export * from './siteLeads';
