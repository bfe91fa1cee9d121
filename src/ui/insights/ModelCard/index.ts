export * from './ModelCard';
export * from './ModelCard.types';
