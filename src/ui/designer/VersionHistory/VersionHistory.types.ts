import type { Blueprint } from '../../../core/model/blueprint';
import type { BlueprintVersion } from '../../../services/ports';
import type { DesignerStrings } from '../../i18n/designer';

export interface IVersionHistoryProps {
  /** Newest first, as `BlueprintStore.history` returns them; `undefined` while loading. */
  readonly versions: readonly BlueprintVersion[] | undefined;
  /** The blueprint in the editor, compared against the chosen version. */
  readonly current: Blueprint;
  readonly saved: boolean;
  readonly strings: DesignerStrings;
  readonly locale: string;
}
