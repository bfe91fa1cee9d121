declare interface IProcessBlueprintWebPartStrings {
  PropertyPaneDescription: string;
}

declare module 'ProcessBlueprintWebPartStrings' {
  const strings: IProcessBlueprintWebPartStrings;
  export = strings;
}
