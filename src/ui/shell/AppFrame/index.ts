export * from './AppFrame';
export * from './AppFrame.types';
