export * from './ValueNetworkDesignerApp';
export * from './ProcessBlueprintApp';
export * from './PerformanceDashboardApp';
