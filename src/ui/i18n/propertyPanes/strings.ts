/**
 * The property-pane strings of the four web parts: the interface each language file (en-us.ts,
 * de-de.ts) fills. SharePoint loads a web part's strings as an SPFx string module
 * (src/webparts/<web part>/loc/<locale>.js); those modules are generated from these files by
 * `npm run strings`, and a test fails when they differ.
 */

/** The pane of every web part that shows a blueprint: which one, and the thresholds it highlights by. */
export interface BlueprintPaneStrings {
  readonly PropertyPaneDescription: string;
  readonly BlueprintGroup: string;
  readonly BlueprintLabel: string;
  readonly PublishedBlueprint: string;
  readonly LateToleranceLabel: string;
  readonly MinSeverityLabel: string;
  readonly SeverityLow: string;
  readonly SeverityMedium: string;
  readonly SeverityHigh: string;
}

/** The pane of a web part that edits blueprints: also the group that may publish. */
export interface BlueprintEditorPaneStrings extends BlueprintPaneStrings {
  readonly PublisherGroupLabel: string;
}

export type PerformanceDashboardPaneStrings = BlueprintPaneStrings;
export type ProcessBlueprintPaneStrings = BlueprintEditorPaneStrings;

export interface SalesInsightsPaneStrings {
  readonly PropertyPaneDescription: string;
  readonly TrainingGroup: string;
  readonly MinPerClassLabel: string;
  readonly TrainerGroupLabel: string;
}

export type ValueNetworkDesignerPaneStrings = BlueprintEditorPaneStrings;

/** Every web part's strings, keyed by the web part's folder under src/webparts. */
export interface WebPartStrings {
  readonly performanceDashboard: PerformanceDashboardPaneStrings;
  readonly processBlueprint: ProcessBlueprintPaneStrings;
  readonly salesInsights: SalesInsightsPaneStrings;
  readonly valueNetworkDesigner: ValueNetworkDesignerPaneStrings;
}
