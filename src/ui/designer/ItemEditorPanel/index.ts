export * from './ItemEditorPanel';
export * from './ItemEditorPanel.types';
