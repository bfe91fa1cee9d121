export * from './NetworkDiagram';
export * from './NetworkDiagram.types';
