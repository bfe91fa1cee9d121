import type * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'PerformanceDashboardWebPartStrings';
import { PerformanceDashboardApp } from '../../ui/apps';
import { AppWebPart } from '../shared/AppWebPart';

export type IPerformanceDashboardWebPartProps = Record<string, never>;

/** Composition root of the Performance Dashboard: host and theme come from {@link AppWebPart}. */
export default class PerformanceDashboardWebPart extends AppWebPart<IPerformanceDashboardWebPartProps> {
  protected readonly app: React.FunctionComponent = PerformanceDashboardApp;

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }]
    };
  }
}
