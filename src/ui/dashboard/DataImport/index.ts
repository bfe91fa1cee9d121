export * from './DataImport';
export * from './DataImport.types';
