/**
 * Value network analysis and graph metrics: the public face of src/core/network.
 * (adjacency.ts and shortestPaths.ts are internal building blocks of the metrics.)
 */
export * from './graph';
export * from './valueNetwork';
export * from './selectInteractions';
export * from './exchangeAnalysis';
export * from './compareNetworks';
export * from './findings';
export * from './density';
export * from './degree';
export * from './betweenness';
export * from './closeness';
export * from './averageShortestPath';
export * from './reciprocity';
