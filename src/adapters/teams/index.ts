export * from './hostContext';
export * from './readHostContext';
