import { LEVEL_LABEL } from './alertNames';
import type { AlertLine, DigestSummary, PlannedAlert } from './alertTypes';
import { alertDeepLink, opportunityDeepLink, type DashboardTab } from './teamsDeepLink';

/** Teams refuses a message above about 28 KB; the card keeps a margin for the message around it. */
export const MAX_CARD_BYTES = 24 * 1024;

/** How a digest's action kinds read in cards and mails. */
export const ACTION_KIND_LABEL: Readonly<Record<string, string>> = { overdue: 'Overdue', due: 'Due soon', missing: 'Missing', stalled: 'Stalled' };

/** `N more in the dashboard` (or `Open all N in the dashboard` when every line is shown) for a digest. */
export function moreText(alert: PlannedAlert, shown: number): string {
  const total = alert.total ?? alert.lines.length;
  const deals = alert.dealIds?.length ?? 0;
  if (alert.audience === 'team') return `All ${total} action${total === 1 ? '' : 's'} on ${deals} deal${deals === 1 ? '' : 's'} in the dashboard`;
  return total > shown ? `${total - shown} more in the dashboard` : `All ${total} in the dashboard`;
}

/** The summary's three counts as `name: count` lists, e.g. `Ada Adams 4, Ben Berg 2`. */
export function summaryFacts(summary: DigestSummary): { title: string; value: string }[] {
  const join = (list: DigestSummary['bySeller'], label: (name: string) => string = (n) => n): string => list.map((e) => `${label(e.name)} ${e.count}`).join(', ');
  return [
    { title: 'By kind', value: join(summary.byKind, (k) => ACTION_KIND_LABEL[k] ?? k) },
    { title: 'By seller', value: join(summary.bySeller) },
    { title: 'By stage', value: join(summary.byStage) }
  ];
}

/** UTF-8 length of a string without platform APIs (core has no Buffer or TextEncoder guarantee). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Adaptive Card TextBlocks read a small markdown subset (emphasis, links, lists at a line start):
 * escape it so data shows as typed.
 */
function plain(text: string): string {
  return text.replace(/([\\*_[\]`])/g, '\\$1').replace(/^(\s*)([-+#>]|\d+\.)/gm, '$1\\$2');
}

function lineContainer(line: AlertLine, tab: DashboardTab): Record<string, unknown> {
  return {
    type: 'Container',
    separator: true,
    selectAction: { type: 'Action.OpenUrl', url: opportunityDeepLink(tab, line.opportunityId), title: 'Open the opportunity' },
    items: [
      // The level is a word, not a colour: Teams' light host config draws `Warning` text #f8d22a on
      // white (contrast 1.6:1) and its dark one `Attention` at 3.4:1, both below WCAG's 4.5:1.
      { type: 'TextBlock', text: `${LEVEL_LABEL[line.level]} \u00b7 ${plain(line.opportunityName)}`, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: plain(line.text), wrap: true, spacing: 'Small' }
    ]
  };
}

/**
 * The Adaptive Card (schema 1.5) of an alert: a title, one container per line (level in a semantic
 * colour, the finding, a tap opens the opportunity in the Performance Dashboard tab through a Teams
 * deep link), an "Open" action, and a subtle reference block whose `id` carries `deliveryId` so a
 * delivered message can be found again. A digest (it has `dealIds`) shows its team summary as facts
 * and ends with a link to the dashboard filtered to exactly its deals ("N more in the dashboard").
 * Lines are dropped from the end (with an "and N more" note) until the card's JSON fits
 * {@link MAX_CARD_BYTES}.
 *
 * @param deliveryId client-generated id of this delivery (the AlertLog claim)
 */
export function buildAlertCard(alert: PlannedAlert, tab: DashboardTab, deliveryId: string): Record<string, unknown> {
  const make = (shown: number): Record<string, unknown> => {
    const lines = alert.lines.slice(0, shown);
    const body: Record<string, unknown>[] = [
      { type: 'TextBlock', text: plain(alert.title), size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' },
      { type: 'TextBlock', text: `Rule: ${plain(alert.ruleName)}`, isSubtle: true, spacing: 'None', wrap: true },
      ...(alert.summary ? [{ type: 'FactSet', facts: summaryFacts(alert.summary).map((f) => ({ title: f.title, value: plain(f.value) })) }] : []),
      ...lines.map((line) => lineContainer(line, tab))
    ];
    if (alert.dealIds !== undefined) {
      const link = alertDeepLink(tab, alert.dedupeKey);
      // A markdown link: TextBlock has no selectAction in schema 1.5.
      body.push({ type: 'TextBlock', text: `[${moreText(alert, shown)}](${link})`, wrap: true });
    } else if (shown < alert.lines.length) body.push({ type: 'TextBlock', text: `and ${alert.lines.length - shown} more`, isSubtle: true, wrap: true });
    body.push({ type: 'TextBlock', id: `vn-delivery-${deliveryId}`, text: `Ref ${deliveryId}`, isSubtle: true, size: 'Small', wrap: true });
    const digest = alert.dealIds !== undefined || alert.opportunityId === '*';
    const target = alert.dealIds !== undefined ? undefined : alert.opportunityId === '*' ? alert.lines[0]?.opportunityId : alert.opportunityId;
    const action = alert.dealIds !== undefined
      ? { type: 'Action.OpenUrl', title: 'Open these deals in the dashboard', url: alertDeepLink(tab, alert.dedupeKey) }
      : target !== undefined ? { type: 'Action.OpenUrl', title: digest ? 'Open the dashboard' : 'Open the opportunity', url: opportunityDeepLink(tab, target) } : undefined;
    return {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      fallbackText: alert.title,
      body,
      ...(action !== undefined ? { actions: [action] } : {})
    };
  };
  let shown = alert.lines.length;
  let card = make(shown);
  while (shown > 0 && utf8Length(JSON.stringify(card)) > MAX_CARD_BYTES) {
    shown = Math.max(0, shown - Math.max(1, Math.ceil(shown / 10)));
    card = make(shown);
  }
  return card;
}
