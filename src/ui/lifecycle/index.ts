export * from './BlueprintDiffView';
export * from './LifecycleBar';
export * from './diffLines';
export * from './documentReducer';
export * from './useBlueprintDocument';
export * from './readOnly';
export * from './formatWhen';
