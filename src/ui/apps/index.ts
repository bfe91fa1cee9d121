export * from './ValueNetworkDesignerApp';
export * from './ProcessBlueprintApp';
export * from './PerformanceDashboardApp';
export * from './SalesInsightsApp';
