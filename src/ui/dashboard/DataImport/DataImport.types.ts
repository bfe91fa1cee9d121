import type { ImportFile, ImportProgress, InteractionImportResult, OpportunityImportResult } from '../../../services';
import type { MappingStepState } from '../MappingStep/mappingStepModel';

/** What the uploaded file holds. */
export type ImportKind = 'interactions' | 'opportunities';

/** The outcome of one import, by what the file held. */
export type DataImportResult =
  | { readonly kind: 'interactions'; readonly result: InteractionImportResult }
  | { readonly kind: 'opportunities'; readonly result: OpportunityImportResult };

export interface IDataImportProps {
  /** Epoch ms used as the analysis time of the re-analysed opportunities. */
  readonly now: number;
  readonly locale: string;
  /** Called after a successful import, so the dashboard reloads the records it shows. */
  readonly onImported: (result: InteractionImportResult | OpportunityImportResult) => void;
}

export type ImportState =
  | { readonly phase: 'idle' }
  /** The chosen file is read and its columns detected. */
  | { readonly phase: 'preparing'; readonly fileName: string }
  /** The mapping step: nothing is stored until the user confirms. */
  | { readonly phase: 'mapping'; readonly fileName: string; readonly file: ImportFile; readonly step: MappingStepState }
  | { readonly phase: 'running'; readonly fileName: string; readonly progress: ImportProgress }
  | { readonly phase: 'done'; readonly fileName: string; readonly outcome: DataImportResult }
  | { readonly phase: 'failed'; readonly fileName: string; readonly message: string };

export type ImportAction =
  | { readonly type: 'preparing'; readonly fileName: string }
  | { readonly type: 'prepared'; readonly file: ImportFile; readonly step: MappingStepState }
  | { readonly type: 'cancelled' }
  | { readonly type: 'started'; readonly fileName: string }
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'succeeded'; readonly outcome: DataImportResult }
  | { readonly type: 'failed'; readonly message: string };

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  const fileName = state.phase === 'idle' ? '' : state.fileName;
  switch (action.type) {
    case 'preparing': return { phase: 'preparing', fileName: action.fileName };
    case 'prepared': return { phase: 'mapping', fileName, file: action.file, step: action.step };
    case 'cancelled': return { phase: 'idle' };
    case 'started': return { phase: 'running', fileName: action.fileName, progress: { phase: 'reading', rows: 0, stored: 0 } };
    case 'progress': return state.phase === 'running' ? { ...state, progress: action.progress } : state;
    case 'succeeded': return { phase: 'done', fileName, outcome: action.outcome };
    case 'failed': return { phase: 'failed', fileName, message: action.message };
  }
}
