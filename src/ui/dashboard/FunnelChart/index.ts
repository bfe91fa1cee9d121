export * from './FunnelChart';
export * from './FunnelChart.types';
