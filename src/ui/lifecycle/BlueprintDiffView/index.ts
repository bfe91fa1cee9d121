export * from './BlueprintDiffView';
export * from './BlueprintDiffView.types';
