export * from './DecisionsArea';
export * from './DecisionsArea.types';
