import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'PerformanceDashboardWebPartStrings';
import { PerformanceDashboardApp } from '../../ui/apps';
import { AppWebPart } from '../shared/AppWebPart';

export type IPerformanceDashboardWebPartProps = Record<string, never>;

/**
 * Composition root of the Performance Dashboard (SharePoint page, Teams tab and personal app): host,
 * theme and services come from {@link AppWebPart}. A page link `?opportunity=<id>` opens that
 * opportunity's drill-down; in Teams the deep link arrives as the host context's `subEntityId`.
 */
export default class PerformanceDashboardWebPart extends AppWebPart<IPerformanceDashboardWebPartProps> {
  protected readonly app: React.FunctionComponent = () => this.appElement();

  protected appElement(): React.ReactElement {
    const opportunityId = new URLSearchParams(window.location.search).get('opportunity') || undefined;
    return React.createElement(PerformanceDashboardApp, { opportunityId });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }]
    };
  }
}
