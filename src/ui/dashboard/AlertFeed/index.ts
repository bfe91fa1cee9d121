export { AlertFeed } from './AlertFeed';
export type { IAlertFeedProps } from './AlertFeed.types';
