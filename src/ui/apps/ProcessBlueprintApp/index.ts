export * from './ProcessBlueprintApp';
