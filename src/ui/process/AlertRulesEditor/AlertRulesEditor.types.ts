import type { AlertRule } from '../../../core/model';
import type { ProcessStrings } from '../../i18n/process';
import type { ProcessAction } from '../processReducer';

export interface IAlertRulesEditorProps {
  readonly rules: readonly AlertRule[];
  readonly strings: ProcessStrings;
  readonly dispatch: (action: ProcessAction) => void;
  /** Validation messages keyed by JSON pointer into the technical blueprint (e.g. `/alertRules/0/target`). */
  readonly problemsByPath: ReadonlyMap<string, string>;
  /** The id the next added rule gets. */
  readonly nextRuleId: string;
}
