export * from './DeviationHeatmap';
export * from './DeviationHeatmap.types';
