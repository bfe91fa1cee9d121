export * from './AppFrame';
export * from './AppRoot';
