/**
 * The Process Blueprint editor's state: the stored blueprint (with its ETag), the draft being edited
 * and the save status. Actions are a discriminated union; edits delegate to ./processEdits.ts.
 */
import type { Blueprint, ExitCriteria } from '../../core/model/blueprint';
import type { AlertRule, RecognitionRule } from '../../core/model/technicalBlueprint';
import type { StoredBlueprint } from '../../services/ports';
import { addAlertRule, addRecognitionRule, moveActivity, removeAlertRule, removeRecognitionRule, setDueDays, setExitCriterion, updateAlertRule } from './processEdits';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'conflict' | 'failed';

export interface ProcessState {
  readonly stored: StoredBlueprint;
  readonly draft: Blueprint;
  readonly status: SaveStatus;
  /** The message of the last failed save. */
  readonly error?: string;
}

export type ProcessAction =
  | { readonly type: 'setExitCriterion'; readonly stageId: string; readonly field: keyof ExitCriteria; readonly value: number }
  | { readonly type: 'moveActivity'; readonly transactionId: string; readonly direction: -1 | 1 }
  | { readonly type: 'setDueDays'; readonly transactionId: string; readonly days: number | undefined }
  | { readonly type: 'addRecognitionRule'; readonly transactionId: string; readonly rule: RecognitionRule }
  | { readonly type: 'removeRecognitionRule'; readonly transactionId: string; readonly index: number }
  | { readonly type: 'addAlertRule'; readonly rule: AlertRule }
  | { readonly type: 'updateAlertRule'; readonly index: number; readonly changes: Partial<AlertRule> }
  | { readonly type: 'removeAlertRule'; readonly index: number }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly stored: StoredBlueprint }
  | { readonly type: 'saveFailed'; readonly conflict: boolean; readonly message: string };

/** The editor's state right after loading `stored`. */
export function initialProcessState(stored: StoredBlueprint): ProcessState {
  return { stored, draft: stored.blueprint, status: 'idle' };
}

/** True while the draft differs from what is stored. */
export function isDirty(state: ProcessState): boolean {
  return state.draft !== state.stored.blueprint;
}

function edit(state: ProcessState, draft: Blueprint): ProcessState {
  return draft === state.draft ? state : { ...state, draft, status: 'idle', error: undefined };
}

export function processReducer(state: ProcessState, action: ProcessAction): ProcessState {
  switch (action.type) {
    case 'setExitCriterion':
      return edit(state, setExitCriterion(state.draft, action.stageId, action.field, action.value));
    case 'moveActivity':
      return edit(state, moveActivity(state.draft, action.transactionId, action.direction));
    case 'setDueDays':
      return edit(state, setDueDays(state.draft, action.transactionId, action.days));
    case 'addRecognitionRule':
      return edit(state, addRecognitionRule(state.draft, action.transactionId, action.rule));
    case 'removeRecognitionRule':
      return edit(state, removeRecognitionRule(state.draft, action.transactionId, action.index));
    case 'addAlertRule':
      return edit(state, addAlertRule(state.draft, action.rule));
    case 'updateAlertRule':
      return edit(state, updateAlertRule(state.draft, action.index, action.changes));
    case 'removeAlertRule':
      return edit(state, removeAlertRule(state.draft, action.index));
    case 'saving':
      return { ...state, status: 'saving', error: undefined };
    case 'saved':
      return { stored: action.stored, draft: action.stored.blueprint, status: 'saved' };
    case 'saveFailed':
      return { ...state, status: action.conflict ? 'conflict' : 'failed', error: action.message };
    default:
      return state;
  }
}
