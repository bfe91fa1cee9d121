export * from './ProposalsPanel';
export * from './ProposalsPanel.types';
