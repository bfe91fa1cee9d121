/**
 * Column mappings for opportunity CSV files, apart from the parser so that a panel can offer them
 * without loading papaparse (as `mapping.ts` does for interactions).
 */
import type { DateOrder } from '../dates/parseDateTime';
import type { DecimalSeparator } from './parseAmount';

export interface OpportunityColumnMapping {
  readonly id: string;
  readonly name?: string;
  readonly account: string;
  readonly owner: string;
  readonly team?: string;
  readonly amount: string;
  readonly currency?: string;
  readonly status: string;
  readonly created: string;
  readonly closed?: string;
  /** Stage entered on this row; with `stageEntered`, or neither. */
  readonly stage?: string;
  readonly stageEntered?: string;
}

export interface OpportunityCsvPreset {
  readonly name: string;
  readonly mapping: OpportunityColumnMapping;
  readonly dateOrder: DateOrder;
  readonly decimalSeparator: DecimalSeparator;
}

/** Reads back what `opportunitiesToCsv` writes. */
export const OPPORTUNITY_CSV_PRESETS: readonly OpportunityCsvPreset[] = [
  {
    name: 'ValueNetworks opportunities export',
    mapping: {
      id: 'Id',
      name: 'Name',
      account: 'Account',
      owner: 'Owner',
      team: 'Team',
      amount: 'Amount',
      currency: 'Currency',
      status: 'Status',
      created: 'Created',
      closed: 'Closed',
      stage: 'Stage',
      stageEntered: 'StageEntered'
    },
    dateOrder: 'iso',
    decimalSeparator: '.'
  }
];
