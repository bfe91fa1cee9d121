export * from './DecisionsArea';
export * from './BidPanel';
export * from './ProposalsPanel';
export * from './ReviewPanel';
export * from './model/decisionsView';
export * from './ReviewSummary';
