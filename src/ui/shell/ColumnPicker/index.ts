export * from './ColumnPicker';
export * from './ColumnPicker.types';
