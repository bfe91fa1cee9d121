export interface IProcessBlueprintAppProps {
  /** The blueprint to edit (web part property); default: the published one, else the first. */
  readonly blueprintId?: string;
  /** A SharePoint group whose members may publish besides the site owners (web part property). */
  readonly publisherGroup?: string;
}
