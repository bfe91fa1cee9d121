export { SyncStatus } from './SyncStatus';
export type { ISyncStatusProps } from './SyncStatus.types';
