import * as React from 'react';
import { ThemeProvider, type PartialTheme } from '@fluentui/react';
import type { HostContext } from '../../services';
import { HostContextProvider } from '../host';
import { fluentThemeFor } from '../theme';

export interface IAppRootProps {
  readonly host: HostContext;
  /** The SharePoint site or section theme, when the host supplies one. */
  readonly sharePointTheme?: PartialTheme;
  readonly children?: React.ReactNode;
}

/** Wraps an app in its host context and the Fluent theme that host asks for. */
export function AppRoot(props: IAppRootProps): React.ReactElement {
  const theme = React.useMemo(
    () => fluentThemeFor(props.host.host, props.host.theme, props.sharePointTheme),
    [props.host.host, props.host.theme, props.sharePointTheme]
  );
  return (
    <HostContextProvider value={props.host}>
      <ThemeProvider theme={theme} applyTo="element">
        {props.children}
      </ThemeProvider>
    </HostContextProvider>
  );
}
