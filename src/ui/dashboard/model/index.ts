export * from './kpis';
export * from './heatmap';
export * from './filterOpportunities';
export * from './idealFunnel';
export * from './exchangeTimeline';
export * from './nextExchanges';
export * from './thresholds';
export * from './personName';
