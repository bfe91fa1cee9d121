declare interface ISalesInsightsWebPartStrings {
  PropertyPaneDescription: string;
  TrainingGroup: string;
  MinPerClassLabel: string;
}

declare module 'SalesInsightsWebPartStrings' {
  const strings: ISalesInsightsWebPartStrings;
  export = strings;
}
