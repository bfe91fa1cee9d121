/** The public face of src/adapters/graph. The Microsoft Graph adapter: batched, delta-aware reads of mail, calendars and Planner. Other layers import from here only. */
export { clientBatchTransport } from './graphBatch';
export { createGraphDirectory } from './directoryPeople';
export { createGraphHistorySource } from './graphHistorySource';
export { eventToSourceItem, messageToSourceItem, plannerTaskToSourceItem } from './sourceItemMappers';
