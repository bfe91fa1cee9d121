export * from './OpportunityList';
export * from './OpportunityList.types';
