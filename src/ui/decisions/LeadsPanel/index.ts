export * from './LeadsPanel';
export * from './LeadsPanel.types';
