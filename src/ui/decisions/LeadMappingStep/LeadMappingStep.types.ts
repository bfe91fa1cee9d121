import type { LeadFileMapping } from '../../../interchange/light';
import type { LeadMappingAction, LeadMappingState } from './leadMappingModel';

export interface ILeadMappingStepProps {
  readonly state: LeadMappingState;
  readonly dispatch: (action: LeadMappingAction) => void;
  readonly locale: string;
  /** The import is running: the buttons wait. */
  readonly busy: boolean;
  /** Called with the finished mapping when the user chooses Import. */
  readonly onImport: (mapping: LeadFileMapping) => void;
  readonly onCancel: () => void;
}
