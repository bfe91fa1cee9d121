export * from './ConstraintPreviewPanel';
export * from './ConstraintPreviewPanel.types';
