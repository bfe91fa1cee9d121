export interface IProcessBlueprintAppProps {
  /** The blueprint to edit (web part property); default: the published one, else the first. */
  readonly blueprintId?: string;
}
