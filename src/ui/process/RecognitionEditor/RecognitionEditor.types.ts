import type { Blueprint } from '../../../core/model';
import type { ProcessStrings } from '../../i18n/process';
import type { ProcessAction } from '../processReducer';

export interface IRecognitionEditorProps {
  readonly blueprint: Blueprint;
  readonly strings: ProcessStrings;
  readonly dispatch: (action: ProcessAction) => void;
  /** Validation messages keyed by JSON pointer into the technical blueprint. */
  readonly problemsByPath: ReadonlyMap<string, string>;
}
