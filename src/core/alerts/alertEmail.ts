import { moreText, summaryFacts } from './alertCard';
import { LEVEL_LABEL } from './alertNames';
import type { PlannedAlert } from './alertTypes';
import { alertDeepLink, opportunityDeepLink, type DashboardTab } from './teamsDeepLink';

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
 * found again in Sent Items. A digest adds its team summary and a link to the dashboard filtered to
 * exactly its deals; its lines are already capped, so the mail stays a minute's read.
 */
export function buildAlertEmail(alert: PlannedAlert, tab: DashboardTab, deliveryId: string): AlertEmail {
  const items = alert.lines
    .map((line) => `<li><a href="${escapeHtml(opportunityDeepLink(tab, line.opportunityId))}">${escapeHtml(line.opportunityName)}</a> (${escapeHtml(LEVEL_LABEL[line.level])}): ${escapeHtml(line.text)}</li>`)
    .join('');
  const summary = alert.summary ? `<table>${summaryFacts(alert.summary).map((f) => `<tr><th align="left">${escapeHtml(f.title)}</th><td>${escapeHtml(f.value)}</td></tr>`).join('')}</table>` : '';
  const more = alert.dealIds !== undefined ? `<p><a href="${escapeHtml(alertDeepLink(tab, alert.dedupeKey))}">${escapeHtml(moreText(alert, alert.lines.length))}</a></p>` : '';
  const html = `<html><body><h2>${escapeHtml(alert.title)}</h2><p>Rule: ${escapeHtml(alert.ruleName)}</p>${summary}<ul>${items}</ul>${more}<p style="color:#666">Ref ${escapeHtml(deliveryId)}</p></body></html>`;
  return { subject: `${alert.title} [ref ${deliveryId}]`, html };
}
