import type { BlueprintStore, StoredBlueprint } from '../../../services/ports';

export interface IProcessEditorProps {
  readonly stored: StoredBlueprint;
  readonly store: BlueprintStore;
  readonly locale: string;
}
