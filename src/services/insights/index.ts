export * from './modelRegistry';
export * from './errors';
export * from './actionablePatterns';
export * from './closedHistory';
export * from './timeSplit';
export * from './trainModel';
export * from './modelInUse';
export * from './retrain';
