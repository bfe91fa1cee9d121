import type { BlueprintStore, DataStores } from '../../../services';

export interface IProcessEditorProps {
  /** The blueprint to edit (its draft, or its live version when there is no draft). */
  readonly blueprintId: string;
  readonly store: BlueprintStore;
  readonly locale: string;
  /** A SharePoint group whose members may publish besides the site owners. */
  readonly publisherGroup?: string;
  /** For re-analysis after a publication. */
  readonly deals?: Pick<DataStores, 'blueprints' | 'opportunities' | 'interactions' | 'participants'> & Partial<Pick<DataStores, 'models'>>;
}
