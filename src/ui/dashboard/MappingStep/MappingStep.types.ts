import type { OpportunityFileMapping } from '../../../interchange';
import type { MappingStepAction, MappingStepState } from './mappingStepModel';

export interface IMappingStepProps {
  readonly state: MappingStepState;
  readonly dispatch: (action: MappingStepAction) => void;
  readonly locale: string;
  /** Called with the finished mapping when the user chooses Import. */
  readonly onImport: (mapping: OpportunityFileMapping) => void;
  readonly onCancel: () => void;
}
