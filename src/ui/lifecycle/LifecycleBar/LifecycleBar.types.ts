import type { LifecycleStrings } from '../../i18n/lifecycle';
import type { DocumentState } from '../documentReducer';

export interface ILifecycleBarProps {
  readonly state: DocumentState;
  /** The editor holds edits not saved to the draft yet. */
  readonly dirty: boolean;
  readonly locale: string;
  readonly strings: LifecycleStrings;
  readonly onReload: () => void;
  readonly onOverwrite: () => void;
  readonly onPublishAnyway: () => void;
}

export interface IDiscardDraftDialogProps {
  readonly open: boolean;
  /** The live version that stays; `undefined` when nothing is published. */
  readonly liveVersion: number | undefined;
  readonly strings: LifecycleStrings;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}
