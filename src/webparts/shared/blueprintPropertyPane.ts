import { PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField, type IPropertyPaneDropdownOption, type IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import type { BlueprintStore } from '../../services';

/** The properties the three web parts share: which blueprint, and monitoring thresholds. No secrets. */
export interface IBlueprintWebPartProps {
  /** Blueprint id; empty means "the published blueprint". */
  blueprintId?: string;
  /** Days a deadline may pass before an exchange counts as late. */
  lateToleranceDays?: number;
  /** Deviations below this severity are not highlighted. */
  minSeverity?: 'low' | 'medium' | 'high';
  /**
   * A SharePoint group whose members may publish blueprints besides the site owners (who manage the
   * Blueprints list); empty: owners only. A group name, not a credential.
   */
  publisherGroup?: string;
}

export interface IBlueprintPaneLabels {
  readonly group: string;
  readonly blueprint: string;
  readonly publishedBlueprint: string;
  readonly lateTolerance: string;
  readonly minSeverity: string;
  readonly severities: Readonly<Record<'low' | 'medium' | 'high', string>>;
  /** Present on web parts that edit blueprints: the pane then asks for the publisher group. */
  readonly publisherGroup?: string;
}

/** Blueprint choices for the dropdown: "the published one" first, then every stored blueprint. */
export async function loadBlueprintOptions(store: BlueprintStore | undefined, publishedLabel: string): Promise<IPropertyPaneDropdownOption[]> {
  const blueprints = store ? await store.list() : [];
  return [{ key: '', text: publishedLabel }, ...blueprints.map((b) => ({ key: b.blueprintId, text: b.published ? `${b.name} (v${b.published.blueprint.version})` : b.name }))];
}

/**
 * The property pane group shared by the three web parts. `withThresholds: false` leaves out the
 * monitoring thresholds (the designer edits blueprints and monitors nothing).
 */
export function blueprintPaneGroup(labels: IBlueprintPaneLabels, options: IPropertyPaneDropdownOption[] | undefined, withThresholds: boolean = true): IPropertyPaneGroup {
  const blueprint = PropertyPaneDropdown('blueprintId', { label: labels.blueprint, options: options ?? [{ key: '', text: labels.publishedBlueprint }], disabled: options === undefined });
  const publisher = labels.publisherGroup !== undefined ? [PropertyPaneTextField('publisherGroup', { label: labels.publisherGroup })] : [];
  if (!withThresholds) return { groupName: labels.group, groupFields: [blueprint, ...publisher] };
  return {
    groupName: labels.group,
    groupFields: [
      blueprint,
      ...publisher,
      PropertyPaneSlider('lateToleranceDays', { label: labels.lateTolerance, min: 0, max: 30, step: 1, value: 0 }),
      PropertyPaneDropdown('minSeverity', {
        label: labels.minSeverity,
        options: (['low', 'medium', 'high'] as const).map((s) => ({ key: s, text: labels.severities[s] }))
      })
    ]
  };
}
