import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react';
import type { IColumnPickerProps } from './ColumnPicker.types';

// A key no CSV header can be: the choice "not in the file".
const NOT_IN_FILE = '\u0000none';

/** Which column of a file feeds a field, as every import's mapping step asks it, with how it was matched. */
export function ColumnPicker(props: IColumnPickerProps): React.ReactElement {
  const { header, notInFileText, onChange } = props;
  const options: IDropdownOption[] = React.useMemo(() => [{ key: NOT_IN_FILE, text: notInFileText }, ...header.filter((h) => h !== '').map((h) => ({ key: h, text: h }))], [header, notInFileText]);
  return (
    <>
      <Dropdown
        ariaLabel={props.label}
        selectedKey={props.column ?? NOT_IN_FILE}
        options={options}
        onChange={(_, option) => option && onChange(option.key === NOT_IN_FILE ? undefined : String(option.key))}
        styles={{ root: { minWidth: 170 } }}
      />
      {props.matchedBy !== undefined && <span className={props.matchClassName} data-match>{props.matchedBy}</span>}
    </>
  );
}
