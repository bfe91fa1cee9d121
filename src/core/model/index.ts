export * from './blueprint';
export * from './interaction';
export * from './eventLog';
