export * from './DecisionsArea';
export * from './BidPanel';
export * from './ProposalsPanel';
export * from './model/decisionsView';
