export * from './ProcessBlueprintApp';
export * from './ProcessBlueprintApp.types';
