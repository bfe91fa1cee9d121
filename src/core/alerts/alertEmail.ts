import type { PlannedAlert } from './evaluateAlertRules';
import { opportunityDeepLink, type DashboardTab } from './teamsDeepLink';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface AlertEmail {
  readonly subject: string;
  readonly html: string;
}

/**
 * The HTML mail of an alert: every value from data is escaped, links are the Teams deep links
 * (escaped as attributes), and the subject ends with `[ref <deliveryId>]` so the sent message can be
 * found again in Sent Items.
 */
export function buildAlertEmail(alert: PlannedAlert, tab: DashboardTab, deliveryId: string): AlertEmail {
  const items = alert.lines
    .map((line) => `<li><a href="${escapeHtml(opportunityDeepLink(tab, line.opportunityId))}">${escapeHtml(line.opportunityName)}</a> (${escapeHtml(line.level)}): ${escapeHtml(line.text)}</li>`)
    .join('');
  const html = `<html><body><h2>${escapeHtml(alert.title)}</h2><p>Rule: ${escapeHtml(alert.ruleName)}</p><ul>${items}</ul><p style="color:#666">Ref ${escapeHtml(deliveryId)}</p></body></html>`;
  return { subject: `${alert.title} [ref ${deliveryId}]`, html };
}
