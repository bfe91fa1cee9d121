// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
declare interface ISalesInsightsWebPartStrings {
  PropertyPaneDescription: string;
  TrainingGroup: string;
  MinPerClassLabel: string;
  TrainerGroupLabel: string;
}

declare module 'SalesInsightsWebPartStrings' {
  const strings: ISalesInsightsWebPartStrings;
  export = strings;
}
