export * from './SalesInsightsApp';
export * from './SalesInsightsApp.types';
