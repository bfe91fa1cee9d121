declare interface IValueNetworkDesignerWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'ValueNetworkDesignerWebPartStrings' {
  const strings: IValueNetworkDesignerWebPartStrings;
  export = strings;
}
