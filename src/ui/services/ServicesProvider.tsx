import * as React from 'react';
import type { DataStores, SiteProvisioner } from '../../services';

/**
 * The services a composition root (web part or workbench) hands to the apps. Every member is
 * optional so that each app root receives only what it uses; a component that needs a missing one
 * says so through {@link useService} instead of failing later on `undefined`.
 */
export type UiServices = Partial<DataStores & UiActionServices>;

/** Ports that are not stores: what the apps may ask the site to do. */
export interface UiActionServices {
  /** Sets up the site's lists ("Set up ValueNetworks on this site"). */
  readonly provisioner: SiteProvisioner;
}

const ServicesReactContext = React.createContext<UiServices | undefined>(undefined);

export interface IServicesProviderProps {
  readonly value: UiServices;
  readonly children?: React.ReactNode;
}

/** Provides the ports (stores and channels) to every component below; components never construct them. */
export function ServicesProvider(props: IServicesProviderProps): React.ReactElement {
  return <ServicesReactContext.Provider value={props.value}>{props.children}</ServicesReactContext.Provider>;
}

/** All services provided above. Throws outside {@link ServicesProvider}: that is a wiring bug. */
export function useServices(): UiServices {
  const services = React.useContext(ServicesReactContext);
  if (!services) throw new Error('useServices() needs a ServicesProvider above it.');
  return services;
}

/** One service by key. Throws when the composition root did not provide it: a wiring bug, not a user error. */
export function useService<K extends keyof UiServices>(key: K): NonNullable<UiServices[K]> {
  const service = useServices()[key];
  if (service === undefined) throw new Error(`The composition root provides no "${String(key)}" service.`);
  return service as NonNullable<UiServices[K]>;
}
