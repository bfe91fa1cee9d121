import * as React from 'react';
import * as strings from 'SalesInsightsWebPartStrings';
import { type IPropertyPaneConfiguration, PropertyPaneSlider } from '@microsoft/sp-property-pane';
// The app's own folder, not the apps' index: each web part bundles only its own app.
import { SalesInsightsApp } from '../../ui/apps/SalesInsightsApp';
import { AppWebPart } from '../shared/AppWebPart';

export interface ISalesInsightsWebPartProps {
  /** Won and lost deals the learnt score model needs; below, the score is the closeness to the blueprint. */
  minPerClass?: number;
}

/**
 * Composition root of Sales Insights (SharePoint page, Teams tab and personal app): host, theme and
 * services come from {@link AppWebPart}; the pane sets how many won and lost deals training needs.
 */
export default class SalesInsightsWebPart extends AppWebPart<ISalesInsightsWebPartProps> {
  protected readonly app: React.FunctionComponent = () => this.appElement();

  protected appElement(): React.ReactElement {
    return React.createElement(SalesInsightsApp, { minPerClass: this.properties.minPerClass });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.TrainingGroup,
              groupFields: [PropertyPaneSlider('minPerClass', { label: strings.MinPerClassLabel, min: 10, max: 200, step: 5, value: this.properties.minPerClass ?? 40 })]
            }
          ]
        }
      ]
    };
  }
}
