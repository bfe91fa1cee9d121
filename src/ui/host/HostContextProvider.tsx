import * as React from 'react';
import type { HostContext } from '../../services';

const HostReactContext = React.createContext<HostContext | undefined>(undefined);

export interface IHostContextProviderProps {
  readonly value: HostContext;
  readonly children?: React.ReactNode;
}

/** Provides the host (SharePoint page, Teams tab or personal app; theme; locale; user) to every component. */
export function HostContextProvider(props: IHostContextProviderProps): React.ReactElement {
  return <HostReactContext.Provider value={props.value}>{props.children}</HostReactContext.Provider>;
}

/** The host the app runs in. Throws when used outside {@link HostContextProvider}: that is a wiring bug. */
export function useHost(): HostContext {
  const host = React.useContext(HostReactContext);
  if (!host) throw new Error('useHost() needs a HostContextProvider above it.');
  return host;
}
