import type { Blueprint } from '../../../core/model';
import type { LifecycleStrings } from '../../i18n/lifecycle';
import type { BlueprintDocument } from '../useBlueprintDocument';

export interface ILifecycleBarProps {
  readonly doc: BlueprintDocument;
  /** What the editor holds now: what "Save mine over theirs" writes. */
  readonly edited: Blueprint;
  /** The editor holds edits not saved to the draft yet. */
  readonly dirty: boolean;
  readonly locale: string;
  readonly strings: LifecycleStrings;
  /** The editor's "Discard draft" was chosen: ask before deleting. */
  readonly discardOpen: boolean;
  readonly onDiscardClosed: () => void;
}

export interface IDiscardDraftDialogProps {
  readonly open: boolean;
  /** The live version that stays; `undefined` when nothing is published. */
  readonly liveVersion: number | undefined;
  readonly strings: LifecycleStrings;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}
