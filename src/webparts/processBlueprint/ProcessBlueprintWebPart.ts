import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ProcessBlueprintWebPartStrings';
import { ProcessBlueprintApp } from '../../ui/apps';
import { AppWebPart } from '../shared/AppWebPart';

export type IProcessBlueprintWebPartProps = Record<string, never>;

/** Composition root of the Process Blueprint: host and theme come from {@link AppWebPart}. */
export default class ProcessBlueprintWebPart extends AppWebPart<IProcessBlueprintWebPartProps> {
  protected readonly app: React.FunctionComponent = ProcessBlueprintApp;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }]
    };
  }
}
