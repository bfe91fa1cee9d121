export * from './AnalysisPanel';
export * from './AnalysisPanel.types';
