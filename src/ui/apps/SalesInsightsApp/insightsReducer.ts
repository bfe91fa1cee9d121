import type { InsightsOverview, TrainingProgress } from '../../../services';
import type { PatternFilter } from '../../insights/model/insightsView';

export type InsightsData =
  | { readonly phase: 'loading' }
  | { readonly phase: 'loaded'; readonly overview: InsightsOverview; readonly published: { readonly name: string; readonly version: number } | undefined; readonly canTrain: boolean }
  | { readonly phase: 'failed'; readonly message: string };

export interface InsightsNotice {
  readonly kind: 'success' | 'info' | 'error';
  readonly text: string;
}

export interface InsightsState {
  readonly data: InsightsData;
  /** Present while a training runs. */
  readonly training: TrainingProgress | undefined;
  /** True while a model is being put in use. */
  readonly switching: boolean;
  /** Present while the open deals are re-scored with the model just put in use. */
  readonly rescoring: { readonly done: number; readonly total: number } | undefined;
  readonly notice: InsightsNotice | undefined;
  readonly filter: PatternFilter;
  /** Bumped to reload the models (after training or a switch). */
  readonly revision: number;
}

export type InsightsAction =
  | { readonly type: 'loaded'; readonly overview: InsightsOverview; readonly published: { readonly name: string; readonly version: number } | undefined; readonly canTrain: boolean }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'progress'; readonly progress: TrainingProgress }
  | { readonly type: 'trainingEnded'; readonly notice: InsightsNotice }
  | { readonly type: 'switching' }
  | { readonly type: 'rescoring'; readonly done: number; readonly total: number }
  | { readonly type: 'switched'; readonly notice: InsightsNotice }
  | { readonly type: 'filter'; readonly filter: PatternFilter };

export const INITIAL_INSIGHTS_STATE: InsightsState = {
  data: { phase: 'loading' },
  training: undefined,
  switching: false,
  rescoring: undefined,
  notice: undefined,
  filter: { evidence: 'all', direction: 'all' },
  revision: 0
};

export function insightsReducer(state: InsightsState, action: InsightsAction): InsightsState {
  switch (action.type) {
    case 'loaded':
      return { ...state, data: { phase: 'loaded', overview: action.overview, published: action.published, canTrain: action.canTrain } };
    case 'failed':
      return { ...state, data: { phase: 'failed', message: action.message } };
    case 'progress':
      return { ...state, training: action.progress, notice: undefined };
    case 'trainingEnded':
      // A finished or failed training reloads: a stored model appears beside the one in use.
      return { ...state, training: undefined, notice: action.notice, revision: state.revision + 1 };
    case 'switching':
      return { ...state, switching: true, notice: undefined };
    case 'rescoring':
      return { ...state, rescoring: { done: action.done, total: action.total } };
    case 'switched':
      return { ...state, switching: false, rescoring: undefined, notice: action.notice, revision: state.revision + 1 };
    case 'filter':
      return { ...state, filter: action.filter };
  }
}
