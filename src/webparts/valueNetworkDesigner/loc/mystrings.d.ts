// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
declare interface IValueNetworkDesignerWebPartStrings {
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

declare module 'ValueNetworkDesignerWebPartStrings' {
  const strings: IValueNetworkDesignerWebPartStrings;
  export = strings;
}
