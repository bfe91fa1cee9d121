import type { IPropertyPaneConfiguration, IPropertyPaneDropdownOption } from '@microsoft/sp-property-pane';
import { AppWebPart } from './AppWebPart';
import { blueprintPaneGroup, loadBlueprintOptions, type IBlueprintPaneLabels, type IBlueprintWebPartProps } from './blueprintPropertyPane';

/** The localized strings every blueprint web part's `loc` module carries for its property pane. */
export interface IBlueprintPaneStrings {
  readonly PropertyPaneDescription: string;
  readonly BlueprintGroup: string;
  readonly BlueprintLabel: string;
  readonly PublishedBlueprint: string;
  readonly LateToleranceLabel: string;
  readonly MinSeverityLabel: string;
  readonly SeverityLow: string;
  readonly SeverityMedium: string;
  readonly SeverityHigh: string;
  /** Only web parts that edit blueprints name a publisher group. */
  readonly PublisherGroupLabel?: string;
}

/** The pane labels from a web part's string module. */
export function paneLabels(strings: IBlueprintPaneStrings): IBlueprintPaneLabels {
  return {
    group: strings.BlueprintGroup,
    blueprint: strings.BlueprintLabel,
    publishedBlueprint: strings.PublishedBlueprint,
    lateTolerance: strings.LateToleranceLabel,
    minSeverity: strings.MinSeverityLabel,
    severities: { low: strings.SeverityLow, medium: strings.SeverityMedium, high: strings.SeverityHigh },
    ...(strings.PublisherGroupLabel !== undefined ? { publisherGroup: strings.PublisherGroupLabel } : {})
  };
}

/**
 * A web part whose property pane chooses the blueprint (and, where the app monitors, the thresholds).
 * The blueprint choices are read when the pane opens, through the same store the app uses.
 */
export abstract class BlueprintAppWebPart<TProperties extends IBlueprintWebPartProps> extends AppWebPart<TProperties> {
  private blueprintOptions: IPropertyPaneDropdownOption[] | undefined;

  /** The web part's string module. */
  protected abstract readonly paneStrings: IBlueprintPaneStrings;
  /** Whether the pane offers the late tolerance and minimum severity. */
  protected abstract readonly paneThresholds: boolean;

  protected onPropertyPaneConfigurationStart(): void {
    loadBlueprintOptions(this.services?.blueprints, this.paneStrings.PublishedBlueprint)
      .then((options) => {
        this.blueprintOptions = options;
        this.context.propertyPane.refresh();
      })
      .catch(() => {
        // The site may not be set up yet: offer "the published blueprint" only, which the app handles.
        this.blueprintOptions = [{ key: '', text: this.paneStrings.PublishedBlueprint }];
        this.context.propertyPane.refresh();
      });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: this.paneStrings.PropertyPaneDescription },
          groups: [blueprintPaneGroup(paneLabels(this.paneStrings), this.blueprintOptions, this.paneThresholds)]
        }
      ]
    };
  }
}
