import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'ValueNetworkDesignerWebPartStrings';
import { ValueNetworkDesignerApp } from '../../ui/apps';
import { AppWebPart } from '../shared/AppWebPart';

export type IValueNetworkDesignerWebPartProps = Record<string, never>;

/** Composition root of the Value Network Designer: host and theme come from {@link AppWebPart}. */
export default class ValueNetworkDesignerWebPart extends AppWebPart<IValueNetworkDesignerWebPartProps> {
  protected readonly app: React.FunctionComponent = ValueNetworkDesignerApp;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }]
    };
  }
}
