export * from './ReviewPanel';
export * from './ReviewPackView';
export * from './ReviewPanel.types';
export * from './ReviewRecordForm';
