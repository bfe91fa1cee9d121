import type { Blueprint, Interaction } from '../../../core/model';
import type { AlertRecord, OpportunityRecord } from '../../../services';
import type { DashboardThresholds } from '../model/thresholds';

export interface IOpportunityPanelProps {
  readonly record: OpportunityRecord;
  readonly blueprint: Blueprint;
  /** Closed deals on the site, which the blueprint-distance model reports it was chosen over. */
  readonly history: { readonly won: number; readonly lost: number };
  /** Epoch ms: which deadlines have passed. */
  readonly now: number;
  /** Late tolerance for the timeline and the least severity listed; defaults to none and all. */
  readonly thresholds?: DashboardThresholds;
  readonly locale: string;
  readonly onDismiss: () => void;
}

/** What the drill-down loads on demand: one opportunity's interactions and, when the store is there, its alerts. */
export type DrilldownState =
  | { readonly phase: 'loading' }
  | { readonly phase: 'loaded'; readonly interactions: readonly Interaction[]; readonly alerts: readonly AlertRecord[] | undefined }
  | { readonly phase: 'failed'; readonly message: string };

export type DrilldownAction =
  | { readonly type: 'load' }
  | { readonly type: 'loaded'; readonly interactions: readonly Interaction[]; readonly alerts: readonly AlertRecord[] | undefined }
  | { readonly type: 'failed'; readonly message: string };

export function drilldownReducer(_state: DrilldownState, action: DrilldownAction): DrilldownState {
  switch (action.type) {
    case 'load': return { phase: 'loading' };
    case 'loaded': return { phase: 'loaded', interactions: action.interactions, alerts: action.alerts };
    case 'failed': return { phase: 'failed', message: action.message };
  }
}
