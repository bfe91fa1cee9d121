/** The public face of src/core/alerts. Alerts: which rules fire, and the cards and mails that carry them. Other layers import from here only. */
export { buildAlertCard } from './alertCard';
export { buildAlertEmail } from './alertEmail';
export { fromAlertRule } from './alertRules';
export type { AlertTrigger, MonitorRule } from './alertRules';
export { fnv1a } from './dedupeKey';
export { evaluateAlertRules } from './evaluateAlertRules';
export type { AlertLevel, OpportunityAnalysis, PlannedAlert } from './evaluateAlertRules';
export { overdueExchanges } from './overdueExchanges';
export type { QuietHours } from './quietHours';
export type { DashboardTab } from './teamsDeepLink';
export { alertNames, personName } from './alertNames';
export { smsAlerts } from './smsAlerts';
export { buildAlertSms, isE164, phoneFromProfile } from './smsMessage';
export { alertKeyOfSubEntity } from './teamsDeepLink';
