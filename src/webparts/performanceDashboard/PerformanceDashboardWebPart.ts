import * as React from 'react';
import * as strings from 'PerformanceDashboardWebPartStrings';
// The app's own folder, not the apps' index: each web part bundles only its own app.
import { PerformanceDashboardApp } from '../../ui/apps/PerformanceDashboardApp';
import { BlueprintAppWebPart } from '../shared/BlueprintAppWebPart';
import type { IBlueprintWebPartProps } from '../shared/blueprintPropertyPane';

export type IPerformanceDashboardWebPartProps = IBlueprintWebPartProps;

/**
 * Composition root of the Performance Dashboard (SharePoint page, Teams tab and personal app): host,
 * theme and services come from {@link BlueprintAppWebPart}; the pane's blueprint and thresholds go to
 * the app. A page link `?opportunity=<id>` opens that opportunity's drill-down; in Teams the deep link
 * arrives as the host context's `subEntityId`.
 */
export default class PerformanceDashboardWebPart extends BlueprintAppWebPart<IPerformanceDashboardWebPartProps> {
  protected readonly app: React.FunctionComponent = () => this.appElement();
  protected readonly paneStrings = strings;
  protected readonly paneThresholds: boolean = true;

  protected appElement(): React.ReactElement {
    const opportunityId = new URLSearchParams(window.location.search).get('opportunity') || undefined;
    const { blueprintId, lateToleranceDays, minSeverity } = this.properties;
    return React.createElement(PerformanceDashboardApp, { opportunityId, blueprintId: blueprintId || undefined, lateToleranceDays, minSeverity });
  }
}
