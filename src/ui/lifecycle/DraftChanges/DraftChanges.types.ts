import type { Blueprint } from '../../../core/model';
import type { LifecycleStrings } from '../../i18n/lifecycle';

export interface IDraftChangesProps {
  /** The live version. */
  readonly live: Blueprint;
  /** The draft as being edited. */
  readonly draft: Blueprint;
  readonly strings: LifecycleStrings;
  /** The summary line, e.g. "Changes in this draft against v3 (live)". */
  readonly summary: string;
}
