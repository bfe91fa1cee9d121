// Generated from src/ui/i18n/propertyPanes by `npm run strings`: edit those files, not this one.
declare interface IPerformanceDashboardWebPartStrings {
  PropertyPaneDescription: string;
  BlueprintGroup: string;
  BlueprintLabel: string;
  PublishedBlueprint: string;
  LateToleranceLabel: string;
  MinSeverityLabel: string;
  SeverityLow: string;
  SeverityMedium: string;
  SeverityHigh: string;
}

declare module 'PerformanceDashboardWebPartStrings' {
  const strings: IPerformanceDashboardWebPartStrings;
  export = strings;
}
