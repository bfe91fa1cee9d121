import type { Blueprint } from '../../../core/model';
import type { StoredBlueprint } from '../../../services';
import type { LifecycleStrings } from '../../i18n/lifecycle';

export interface IVersionHistoryProps {
  /** Published versions, newest first; `undefined` while loading. */
  readonly versions: readonly StoredBlueprint[] | undefined;
  /** What the editor holds now (the draft with any unsaved edits). */
  readonly editing: Blueprint;
  /** The version number the editor's content becomes when published. */
  readonly editingVersion: number;
  readonly canPublish: boolean;
  readonly busy: boolean;
  readonly strings: LifecycleStrings;
  readonly locale: string;
  readonly onRollBack: (version: number) => void;
}
