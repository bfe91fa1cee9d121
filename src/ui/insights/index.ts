/** The Sales Insights page's components and view models. */
export * from './ModelCard';
export * from './SuccessPatterns';
export * from './TrainingBar';
export * from './model/insightsView';
