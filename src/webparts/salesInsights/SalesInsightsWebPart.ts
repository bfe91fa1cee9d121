import * as React from 'react';
import * as strings from 'SalesInsightsWebPartStrings';
import { type IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
// The app's own folder, not the apps' index: each web part bundles only its own app.
import { SalesInsightsApp } from '../../ui/apps/SalesInsightsApp';
import { AppWebPart } from '../shared/AppWebPart';

export interface ISalesInsightsWebPartProps {
  /** Won and lost deals the learnt score model needs; below, the score is the closeness to the blueprint. */
  minPerClass?: number;
  /** A SharePoint group whose members may train besides the site owners; empty: owners only. A group name, not a credential. */
  trainerGroup?: string;
}

/**
 * Composition root of Sales Insights (SharePoint page, Teams tab and personal app): host, theme and
 * services come from {@link AppWebPart}; the pane sets how many won and lost deals training needs and which group may train besides the site owners.
 */
export default class SalesInsightsWebPart extends AppWebPart<ISalesInsightsWebPartProps> {
  protected readonly app: React.FunctionComponent = () => this.appElement();

  protected appElement(): React.ReactElement {
    return React.createElement(SalesInsightsApp, { minPerClass: this.properties.minPerClass, trainerGroup: this.properties.trainerGroup || undefined });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.TrainingGroup,
              groupFields: [
                PropertyPaneSlider('minPerClass', { label: strings.MinPerClassLabel, min: 10, max: 200, step: 5, value: this.properties.minPerClass ?? 40 }),
                PropertyPaneTextField('trainerGroup', { label: strings.TrainerGroupLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
