export * from './MyDeals';
export * from './MyDeals.types';
