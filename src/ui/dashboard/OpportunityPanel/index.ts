export * from './OpportunityPanel';
export * from './OpportunityPanel.types';
