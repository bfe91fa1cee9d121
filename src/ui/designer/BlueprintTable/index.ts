export * from './BlueprintTable';
export * from './BlueprintTable.types';
