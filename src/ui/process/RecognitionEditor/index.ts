export * from './RecognitionEditor';
export * from './RecognitionEditor.types';
