declare interface IProcessBlueprintWebPartStrings {
  PropertyPaneDescription: string;
  BlueprintGroup: string;
  BlueprintLabel: string;
  PublishedBlueprint: string;
  LateToleranceLabel: string;
  MinSeverityLabel: string;
  SeverityLow: string;
  SeverityMedium: string;
  PublisherGroupLabel: string;
  SeverityHigh: string;
}

declare module 'ProcessBlueprintWebPartStrings' {
  const strings: IProcessBlueprintWebPartStrings;
  export = strings;
}
