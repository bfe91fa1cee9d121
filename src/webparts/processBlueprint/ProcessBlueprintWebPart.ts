import * as React from 'react';
import * as strings from 'ProcessBlueprintWebPartStrings';
// The app's own folder, not the apps' index: each web part bundles only its own app.
import { ProcessBlueprintApp } from '../../ui/apps/ProcessBlueprintApp';
import { BlueprintAppWebPart } from '../shared/BlueprintAppWebPart';
import type { IBlueprintWebPartProps } from '../shared/blueprintPropertyPane';

export type IProcessBlueprintWebPartProps = IBlueprintWebPartProps;

/** Composition root of the Process Blueprint: host, theme and services come from {@link BlueprintAppWebPart}. */
export default class ProcessBlueprintWebPart extends BlueprintAppWebPart<IProcessBlueprintWebPartProps> {
  // The app takes the web part's properties, so it is created in appElement() below.
  protected readonly app: React.FunctionComponent = () => this.appElement();
  protected readonly paneStrings = strings;
  protected readonly paneThresholds: boolean = true;

  protected appElement(): React.ReactElement {
    return React.createElement(ProcessBlueprintApp, { blueprintId: this.properties.blueprintId || undefined, publisherGroup: this.properties.publisherGroup || undefined });
  }
}
