export * from './hostContext';
export * from './readHostContext';
export { createMailSender, createRoutingSender, createTeamsMessageSender, createWorkflowWebhookSender } from './alertSenders';
export { createRoutingProbe, createSentItemsProbe, createTeamsMessageProbe } from './deliveryProbes';
export { createAcsSmsProbe, createAcsSmsSender, parseAcsConnectionString } from './acsSms';
