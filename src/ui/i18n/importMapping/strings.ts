/**
 * The strings of the Import data panel's mapping step: the interface each language file (en-us.ts, de-de.ts) fills. Numbers and
 * dates are formatted with Intl by locale.
 */
import type { OpportunityStatus } from '../../../core/model';
import type { DateFormat, OpportunityField } from '../../../interchange';

export interface ImportMappingStrings {
  readonly heading: (fileName: string) => string;
  readonly summary: (rows: number, columns: number) => string;
  readonly fieldsCaption: string;
  readonly columns: { readonly field: string; readonly column: string; readonly samples: string; readonly format: string; readonly defaultValue: string };
  readonly fieldNames: Readonly<Record<OpportunityField, string>>;
  /** What a required field is needed for, shown while it has no column. */
  readonly neededFor: Readonly<Partial<Record<OpportunityField, string>>>;
  readonly required: string;
  readonly notInFile: string;
  readonly columnFor: (field: string) => string;
  readonly formatFor: (field: string) => string;
  readonly defaultFor: (field: string) => string;
  readonly matchedBy: Readonly<Record<'name' | 'content' | 'user' | 'none', string>>;
  readonly dateFormats: Readonly<Record<DateFormat, string>>;
  readonly chooseFormat: string;
  readonly decimalSeparator: string;
  readonly decimalPoint: string;
  readonly decimalComma: string;
  readonly statusHeading: string;
  readonly stageHeading: string;
  readonly valueColumns: { readonly value: string; readonly rows: string; readonly status: string; readonly stage: string };
  readonly statuses: Readonly<Record<OpportunityStatus, string>>;
  readonly choose: string;
  readonly noStage: string;
  readonly statusFor: (value: string) => string;
  readonly stageFor: (value: string) => string;
  readonly toDecide: string;
  readonly unmappedField: (field: string, neededFor: string) => string;
  readonly dateQuestion: (field: string, column: string, example: string) => string;
  readonly statusValuesOpen: (values: string) => string;
  readonly stageValuesOpen: (values: string) => string;
  readonly previewHeading: (shown: number, total: number) => string;
  readonly previewColumns: {
    readonly id: string;
    readonly account: string;
    readonly owner: string;
    readonly team: string;
    readonly amount: string;
    readonly status: string;
    readonly created: string;
    readonly closed: string;
    readonly stages: string;
  };
  readonly createdFromEarliest: (count: number) => string;
  /** In the import report. */
  readonly createdFromEarliestDone: (count: number) => string;
  readonly skippedHeading: (rows: number) => string;
  readonly errorColumns: { readonly row: string; readonly column: string; readonly reason: string };
  readonly mappingJson: string;
  readonly importButton: (deals: number) => string;
  /** The import button when only the start of a large file was checked. */
  readonly importAllButton: (rows: number) => string;
  readonly checkedStart: (checked: number, total: number) => string;
  readonly cancel: string;
}
