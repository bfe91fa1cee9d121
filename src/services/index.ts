export * from './hostContext';
