import type { Blueprint, Stage } from '../../../core/model';
import type { ProcessStrings } from '../../i18n/process';
import type { ProcessAction } from '../processReducer';

export interface IStageEditorProps {
  readonly blueprint: Blueprint;
  readonly stage: Stage;
  /** The stage's index in `blueprint.stages`, for matching validation problems' paths. */
  readonly stageIndex: number;
  readonly strings: ProcessStrings;
  readonly dispatch: (action: ProcessAction) => void;
  /** Validation messages keyed by JSON pointer into the blueprint. */
  readonly problemsByPath: ReadonlyMap<string, string>;
}
