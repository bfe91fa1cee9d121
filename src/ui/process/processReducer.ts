/**
 * The Process Blueprint editor's state: the blueprint as last stored (the draft, or the live version
 * when there is no draft) and the edits made to it. Storing (ETags, drafts, publishing) belongs to
 * the life-cycle document (src/ui/lifecycle). Actions are a discriminated union; edits delegate to
 * ./processEdits.ts.
 */
import type { Blueprint, ExitCriteria, AlertRule, RecognitionRule } from '../../core/model';
import { addAlertRule, addRecognitionRule, moveActivity, removeAlertRule, removeRecognitionRule, setDueDays, setExitCriterion, updateAlertRule } from './processEdits';

export interface ProcessState {
  /** The blueprint as last read or stored. */
  readonly base: Blueprint;
  /** The blueprint with the edits; the same object as `base` while nothing was edited. */
  readonly draft: Blueprint;
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
  /** Opened, reloaded or discarded: the editor shows `blueprint` with no edits. */
  | { readonly type: 'load'; readonly blueprint: Blueprint }
  /** Stored as it is: no edits pending. */
  | { readonly type: 'saved'; readonly blueprint: Blueprint };

/** The editor's state right after loading `blueprint`. */
export function initialProcessState(blueprint: Blueprint): ProcessState {
  return { base: blueprint, draft: blueprint };
}

/** True while the draft differs from what is stored. */
export function isDirty(state: ProcessState): boolean {
  return state.draft !== state.base;
}

function edit(state: ProcessState, draft: Blueprint): ProcessState {
  return draft === state.draft ? state : { ...state, draft };
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
    case 'load':
    case 'saved':
      return { base: action.blueprint, draft: action.blueprint };
    default:
      return state;
  }
}
