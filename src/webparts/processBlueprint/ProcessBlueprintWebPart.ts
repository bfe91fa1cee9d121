import * as React from 'react';
import type { IPropertyPaneConfiguration, IPropertyPaneDropdownOption } from '@microsoft/sp-property-pane';
import * as strings from 'ProcessBlueprintWebPartStrings';
import { ProcessBlueprintApp } from '../../ui/apps';
import { AppWebPart } from '../shared/AppWebPart';
import { blueprintPaneGroup, loadBlueprintOptions, type IBlueprintWebPartProps } from '../shared/blueprintPropertyPane';

export type IProcessBlueprintWebPartProps = IBlueprintWebPartProps;

/** Composition root of the Process Blueprint: host, theme and services come from {@link AppWebPart}. */
export default class ProcessBlueprintWebPart extends AppWebPart<IProcessBlueprintWebPartProps> {
  // The app takes the web part's properties, so it is created in appElement() below.
  protected readonly app: React.FunctionComponent = () => this.appElement();
  private blueprintOptions: IPropertyPaneDropdownOption[] | undefined;

  protected appElement(): React.ReactElement {
    return React.createElement(ProcessBlueprintApp, { blueprintId: this.properties.blueprintId || undefined });
  }

  // The pane's blueprint list is read when it opens (property pane loading is the web part's job).
  protected onPropertyPaneConfigurationStart(): void {
    loadBlueprintOptions(this.services?.blueprints, strings.PublishedBlueprint)
      .then((options) => {
        this.blueprintOptions = options;
        this.context.propertyPane.refresh();
      })
      .catch(() => {
        this.blueprintOptions = [{ key: '', text: strings.PublishedBlueprint }];
        this.context.propertyPane.refresh();
      });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            blueprintPaneGroup(
              {
                group: strings.BlueprintGroup,
                blueprint: strings.BlueprintLabel,
                publishedBlueprint: strings.PublishedBlueprint,
                lateTolerance: strings.LateToleranceLabel,
                minSeverity: strings.MinSeverityLabel,
                severities: { low: strings.SeverityLow, medium: strings.SeverityMedium, high: strings.SeverityHigh }
              },
              this.blueprintOptions
            )
          ]
        }
      ]
    };
  }
}
