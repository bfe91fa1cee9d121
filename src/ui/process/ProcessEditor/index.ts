export * from './ProcessEditor';
export * from './ProcessEditor.types';
