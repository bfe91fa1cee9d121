export * from './PerformanceDashboardApp';
