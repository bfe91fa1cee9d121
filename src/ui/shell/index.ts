export * from './AppFrame';
export * from './AppRoot';
export * from './ColumnPicker';
