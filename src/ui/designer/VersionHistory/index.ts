export * from './VersionHistory';
export * from './VersionHistory.types';
