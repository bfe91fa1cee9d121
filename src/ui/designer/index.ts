export * from './blueprintEdits';
export * from './designerReducer';
export * from './layout';
export * from './diffBlueprints';
export * from './analyseNetwork';
export * from './stagePalette';
