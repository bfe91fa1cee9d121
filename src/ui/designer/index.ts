export * from './blueprintEdits';
export * from './designerReducer';
export * from './layout';
export * from './stagePalette';
