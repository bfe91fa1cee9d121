export * from './WhoElseToEngage';
export * from './WhoElseToEngage.types';
