export interface IColumnPickerProps {
  /** The file's column names, in file order; empty names are left out. */
  readonly header: readonly string[];
  /** The chosen column, or `undefined` for "not in the file". */
  readonly column: string | undefined;
  /** The drop-down's accessible name, e.g. `Column for Close date`. */
  readonly label: string;
  /** The choice that leaves the field without a column. */
  readonly notInFileText: string;
  /** How the column was matched (by its name, by its content), shown under the drop-down; absent: nothing. */
  readonly matchedBy?: string;
  readonly matchClassName?: string;
  onChange(column: string | undefined): void;
}
