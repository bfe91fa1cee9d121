export * from './HostContextProvider';
