declare interface IPerformanceDashboardWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'PerformanceDashboardWebPartStrings' {
  const strings: IPerformanceDashboardWebPartStrings;
  export = strings;
}
