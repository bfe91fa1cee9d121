export * from './ValueNetworkDesignerApp';
