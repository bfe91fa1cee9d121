export * from './KpiCards';
export * from './KpiCards.types';
