export * from './PerformanceDashboardApp';
export * from './PerformanceDashboardApp.types';
