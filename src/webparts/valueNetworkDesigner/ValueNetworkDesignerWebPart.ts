import * as React from 'react';
import * as strings from 'ValueNetworkDesignerWebPartStrings';
// The app's own folder, not the apps' index: each web part bundles only its own app.
import { ValueNetworkDesignerApp } from '../../ui/apps/ValueNetworkDesignerApp';
import { BlueprintAppWebPart } from '../shared/BlueprintAppWebPart';
import type { IBlueprintWebPartProps } from '../shared/blueprintPropertyPane';

export type IValueNetworkDesignerWebPartProps = IBlueprintWebPartProps;

/** Composition root of the Value Network Designer: host, theme and services come from {@link BlueprintAppWebPart}. */
export default class ValueNetworkDesignerWebPart extends BlueprintAppWebPart<IValueNetworkDesignerWebPartProps> {
  protected readonly app: React.FunctionComponent = () => this.appElement();
  protected readonly paneStrings = strings;
  // The designer edits blueprints; it monitors nothing, so it has no thresholds.
  protected readonly paneThresholds: boolean = false;

  protected appElement(): React.ReactElement {
    return React.createElement(ValueNetworkDesignerApp, { blueprintId: this.properties.blueprintId || undefined, publisherGroup: this.properties.publisherGroup || undefined });
  }
}
