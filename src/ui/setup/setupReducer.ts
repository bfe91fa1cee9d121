/**
 * The set-up flow's state: check the site, then either let the app through or offer the set-up (to
 * owners) or explain who can do it (to members and visitors); run it, show the result, continue.
 */
import type { ProvisioningReport } from '../../services';

export type SetupState =
  | { readonly phase: 'checking' }
  | { readonly phase: 'ready' }
  /** The site needs changes; `canManage` decides between the owner's button and the member's explanation. */
  | { readonly phase: 'needed'; readonly canManage: boolean; readonly changes: readonly string[] }
  | { readonly phase: 'running'; readonly changes: readonly string[] }
  | { readonly phase: 'done'; readonly report: ProvisioningReport }
  /** `completedSteps` is set when the set-up stopped part-way; `canRetrySetUp` when retrying runs the set-up again. */
  | { readonly phase: 'failed'; readonly message: string; readonly completedSteps?: number; readonly canRetrySetUp: boolean };

export type SetupAction =
  | { readonly type: 'checked'; readonly report: ProvisioningReport; readonly canManage: boolean }
  | { readonly type: 'started' }
  | { readonly type: 'succeeded'; readonly report: ProvisioningReport }
  | { readonly type: 'failed'; readonly message: string; readonly completedSteps?: number }
  | { readonly type: 'continued' }
  | { readonly type: 'recheck' };

export const INITIAL_SETUP_STATE: SetupState = { phase: 'checking' };

/** Pure transition function; unknown transitions leave the state as it is. */
export function setupReducer(state: SetupState, action: SetupAction): SetupState {
  switch (action.type) {
    case 'checked':
      // A site set up by a newer app is usable: the app only reads and writes columns it knows.
      if (action.report.siteIsNewer || action.report.changes.length === 0) return { phase: 'ready' };
      return { phase: 'needed', canManage: action.canManage, changes: action.report.changes };
    case 'started':
      return state.phase === 'needed' || state.phase === 'failed' ? { phase: 'running', changes: state.phase === 'needed' ? state.changes : [] } : state;
    case 'succeeded':
      return { phase: 'done', report: action.report };
    case 'failed':
      return { phase: 'failed', message: action.message, completedSteps: action.completedSteps, canRetrySetUp: state.phase === 'running' };
    case 'continued':
      return state.phase === 'done' ? { phase: 'ready' } : state;
    case 'recheck':
      return { phase: 'checking' };
    default:
      return state;
  }
}
