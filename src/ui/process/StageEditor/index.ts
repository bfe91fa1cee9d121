export * from './StageEditor';
export * from './StageEditor.types';
