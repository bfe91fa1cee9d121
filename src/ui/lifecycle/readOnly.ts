/**
 * Whether the editors below may change anything. Native inputs are disabled by the editor's
 * `<fieldset disabled>`; Fluent controls that are not native form fields (Dropdown) read this.
 */
import * as React from 'react';

export const ReadOnlyContext: React.Context<boolean> = React.createContext<boolean>(false);

/** True when the signed-in user may only read what is shown. */
export function useReadOnly(): boolean {
  return React.useContext(ReadOnlyContext);
}
