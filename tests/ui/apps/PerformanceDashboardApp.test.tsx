/** @jest-environment ./tests/ui/support/jsdomWithNodeNetwork.js */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { act } from 'react-dom/test-utils';
import type { HostContext } from '../../../src/services/hostContext';
import { PerformanceDashboardApp, type IPerformanceDashboardAppProps } from '../../../src/ui/apps';
import { SYNC_SUMMARY_KEY, syncRunDetails } from '../../../src/services/syncStatus';
import { ServicesProvider } from '../../../src/ui/services';
import { AppRoot } from '../../../src/ui/shell';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';
import { interactions, opportunities, snapshots } from '../../fixtures/ui/salesSite';
import { startEmulatedSite, type EmulatedSite } from '../support/emulatedSite';
import { settle, textsOf } from '../support/dom';
import { setIconOptions } from '@fluentui/react';

setIconOptions({ disableWarnings: true });
// The stores talk HTTP to the emulator in this process: on a busy 2-core machine that outlasts jest's 5 s default.
jest.setTimeout(30_000);

const host: HostContext = { host: 'sharePointPage', theme: 'light', locale: 'en-US', user: { displayName: 'Olga', loginName: 'olga@contoso.com' }, siteUrl: 'https://contoso/sites/sales' };

let site: EmulatedSite;
let container: HTMLDivElement;
beforeAll(async () => {
  site = await startEmulatedSite({ blueprints: [businessCaseBlueprint], opportunities, interactions, snapshots });
});
afterAll(async () => site.close());
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDom.unmountComponentAtNode(container);
  container.remove();
});

async function render(props: IPerformanceDashboardAppProps): Promise<void> {
  await act(async () => {
    ReactDom.render(
      <AppRoot host={host}>
        <ServicesProvider value={{ ...site.stores, provisioner: site.provisioner }}>
          <PerformanceDashboardApp clock={() => 0} {...props} />
        </ServicesProvider>
      </AppRoot>,
      container
    );
  });
  await settle(() => container.querySelector('[data-kpi]') !== null);
}

const heatmapRows = (): string[][] => Array.from(container.querySelectorAll('[aria-labelledby="vn-heatmap-heading"] tbody tr')).map((tr) => textsOf(tr.children));
const timeline = (): string[][] => Array.from(document.querySelectorAll('[data-testid="timeline"] tbody tr')).map((tr) => textsOf(tr.children));

describe('PerformanceDashboardApp over the emulated site', () => {
  it('shows the key figures read from the Opportunities list and its snapshots', async () => {
    await render({});
    expect(Array.from(container.querySelectorAll('[data-kpi]')).map((li) => [li.getAttribute('data-kpi'), li.querySelector('[data-kpi-value]')?.textContent, li.lastElementChild?.textContent])).toEqual([
      ['conformance', '50%', '1 of 2 analysed open deals · Fitness: 1 at 80 % or more, 1 at 50-79 %, 0 below 50 %'],
      ['win', '50%', '1 won of 2 closed'],
      ['risk', '100', '1 deal · open pipeline 130']
    ]);
    expect(container.querySelector('[role="status"][aria-live="polite"]')?.textContent).toBe('4 of 4 opportunities');
  });

  it('counts every deviation by default and only those at the minimum severity when configured', async () => {
    await render({});
    // Columns: seller, Discover, Validate. o1's three deviations all fall in Validate (t4, t3, and its current stage).
    expect(heatmapRows()).toEqual([['Ann', '0', '3'], ['Bob', '0', '0']]);
    await render({ minSeverity: 'medium' });
    expect(heatmapRows()).toEqual([['Ann', '0', '2'], ['Bob', '0', '0']]);
    await render({ minSeverity: 'high' });
    expect(heatmapRows()).toEqual([['Ann', '0', '1'], ['Bob', '0', '0']]);
  });

  it('drills into a deep-linked deal with the late tolerance and minimum severity it is given', async () => {
    await render({ opportunityId: 'o1' });
    await settle(() => document.querySelector('[data-testid="timeline"]') !== null);
    // The business case came on day 20, 6 days after its day-15 deadline (14 days after entering Validate on day 1).
    expect(timeline()).toEqual([
      ['1', 'Discovery call', 'Discover', '–', 'Jan 1, 2026', 'Done'],
      ['2', 'Pain statement', 'Discover', '–', 'Jan 1, 2026', 'Done'],
      ['3', 'Business case', 'Validate', 'Jan 16, 2026', 'Jan 21, 2026', 'Late'],
      ['4', 'Proposal', 'Validate', '–', '–', 'Upcoming']
    ]);
    expect(textsOf(document.querySelectorAll('[data-testid="deviations"] li'))).toEqual([
      'The proposal was never sent to the economic buyer.',
      'The business case came 6 days late.',
      'Only one person on the customer side per role.'
    ]);

    await render({ opportunityId: 'o1', lateToleranceDays: 7, minSeverity: 'medium' });
    await settle(() => document.querySelector('[data-testid="timeline"]') !== null);
    expect(timeline()[2]).toEqual(['3', 'Business case', 'Validate', 'Jan 16, 2026', 'Jan 21, 2026', 'Done']);
    expect(textsOf(document.querySelectorAll('[data-testid="deviations"] li'))).toEqual(['The proposal was never sent to the economic buyer.', 'The business case came 6 days late.']);
  });

  it('shows the score, model and reasons stored on the Opportunities item, not a recomputation', async () => {
    // Stored through the product's adapter, as the analysis stores it: the SharePoint item carries the reasons JSON.
    const [o2] = await site.stores.opportunities.getMany(['o2']);
    const reasons = [
      { feature: 'exchange:t1', label: 'no "Discovery call" (Account executive → Champion)', points: -21.46 },
      { feature: 'late.share', label: '0% of timed exchanges late', points: 2.5 }
    ];
    await site.stores.opportunities.saveSnapshots([{ itemId: o2.itemId, snapshot: { ...snapshots.o2, score: 0.2849, scoreModel: 'logistic (61 won / 97 lost)', scoreReasons: reasons } }]);
    await render({ opportunityId: 'o2' });
    await settle(() => document.querySelector('[data-testid="score"]') !== null);
    expect(document.querySelector('[data-testid="score"]')?.textContent).toBe('Win probability 28 %');
    expect(document.querySelector('[data-testid="score-model"]')?.textContent).toBe("Model in use: learnt from this site's closed deals (61 won, 97 lost): logistic regression on what the deals had done at each stage entry");
    expect(document.querySelector('[data-testid="score-note"]')).toBeNull();
    expect(textsOf(document.querySelectorAll('[data-testid="score-reasons"] li'))).toEqual(['no "Discovery call" (Account executive → Champion): -21.5 points', '0% of timed exchanges late: +2.5 points']);
    // The list's Score column shows the stored score in whole points with its grade (and, for screen readers, in words); the others have none.
    const scores = Array.from(container.querySelectorAll('.ms-DetailsRow')).map((row) => textsOf(row.querySelectorAll('.ms-DetailsRow-cell'))[6]);
    expect(scores.sort()).toEqual(['28 C ·28, grade C, not enough history', 'n/a', 'n/a', 'n/a']);
  });
  it('opens a deep link to an alert on exactly its deals, lists the alert in the feed and records an acknowledgement', async () => {
    const key = '*|due|digest|2026-01-31';
    await site.stores.alertLog.record({ dedupeKey: key, opportunityId: '*', rule: 'due', severity: 'critical', channel: 'webhook', summary: 'Overdue: 3 actions on 3 deals of 2 sellers on 2026-01-31', recordedAt: Date.UTC(2026, 0, 31, 7), dealIds: ['o1', 'o2', 'o9'] });
    await render({ opportunityId: `alert:${key}` });
    // Fluent's MessageBar renders its text one timer tick after the bar itself (DelayedRender, for screen readers): wait for the text.
    await settle(() => (container.querySelector('[data-testid="alert-filter"]')?.textContent ?? '').includes('Show all deals') && container.querySelector('[data-alert]') !== null);
    expect(container.querySelector('[data-testid="alert-filter"]')?.textContent).toBe('Showing the 2 deals of the alert "Overdue: 3 actions on 3 deals of 2 sellers on 2026-01-31". 1 deal of this alert was deleted since. Show all deals');
    const shown = (): string[] => textsOf(container.querySelectorAll('[role="status"][aria-live="polite"]')).filter((t) => t.endsWith('opportunities'));
    expect(shown()).toEqual(['2 of 4 opportunities']);
    const item = (): Element | null => container.querySelector(`[data-alert="${key}"]`);
    expect(textsOf(item()?.children ?? [])).toEqual(['High · Overdue: 3 actions on 3 deals of 2 sellers on 2026-01-31', 'Not sent yet · 3 deals · Recorded Jan 31, 2026', 'Show these dealsAcknowledgeSnooze 7 days']);
    const acknowledge = Array.from(item()?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Acknowledge');
    await act(async () => { acknowledge?.click(); });
    await settle(() => (item()?.textContent ?? '').includes('Acknowledged'));
    expect(textsOf(item()?.children ?? [])[1]).toBe('Not sent yet · 3 deals · Recorded Jan 31, 2026 · Acknowledged by Olga, Jan 1, 1970');
    const snooze = Array.from(item()?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Snooze 7 days');
    await act(async () => { snooze?.click(); });
    await settle(() => (item()?.textContent ?? '').includes('Snoozed until'));
    expect(textsOf(item()?.children ?? []).slice(1)).toEqual(['Not sent yet · 3 deals · Recorded Jan 31, 2026 · Acknowledged by Olga, Jan 1, 1970 · Snoozed until Jan 8, 1970: no digest of this kind until then', 'Show these deals']);
    expect((await site.stores.alertLog.get(key))?.snoozedUntil).toBe(7 * 86_400_000);
    expect((await site.stores.alertLog.get(key))?.acknowledgedBy).toBe('olga@contoso.com');
    const showAll = Array.from(container.querySelectorAll('[data-testid="alert-filter"] button')).find((b) => b.textContent === 'Show all deals');
    await act(async () => { (showAll as HTMLButtonElement | undefined)?.click(); });
    await settle(() => container.querySelector('[data-testid="alert-filter"]') === null);
    expect(shown()).toEqual(['4 of 4 opportunities']);
  });
  it('shows the last sync run: what it brought in and the unmatched items grouped with what would match them', async () => {
    const details = syncRunDetails(
      { ranAt: Date.UTC(2026, 0, 30), sources: [{ sourceKey: 'graph:mail:ann', items: 12 }, { sourceKey: 'graph:calendar:ann', displayName: 'Ann\'s calendar', items: 0, error: '503 after 5 retries' }], recognised: 7, stored: 5, alreadyStored: 2, failed: 0, unmatched: 3, unmatchedByReason: { 'no-recognition-rule': 2, 'no-customer-contact': 1 } },
      [
        { sourceKey: 'm1', kind: 'mail', timestamp: 1, subject: 'Security questionnaire 1', reason: 'no-recognition-rule', opportunityId: 'o1' },
        { sourceKey: 'm2', kind: 'mail', timestamp: 2, subject: 'RE: Security questionnaire 2', reason: 'no-recognition-rule', opportunityId: 'o2' },
        { sourceKey: 'm3', kind: 'meeting', timestamp: 3, subject: 'Lunch', reason: 'no-customer-contact' }
      ]
    );
    await site.stores.syncState.save({ sourceKey: SYNC_SUMMARY_KEY, lastRunAt: Date.UTC(2026, 0, 30), details });
    await render({});
    await settle(() => container.querySelector('[data-testid="sync-status"] table') !== null);
    const section = container.querySelector('[data-testid="sync-status"]');
    expect(textsOf(section?.querySelectorAll('p') ?? [])).toEqual([
      'Last run Jan 30, 2026 over 2 sources, 1 failed. Brought in: 7 exchanges recognised (5 new, 2 already stored, 0 failed). 3 items could not be matched to an exchange.',
      'Ann\'s calendar failed: 503 after 5 retries'
    ]);
    expect(Array.from(section?.querySelectorAll('tbody tr') ?? []).map((tr) => textsOf(tr.children))).toEqual([
      ['Mail', 'No recognition rule matches', 'security questionnaire #', '2', 'RE: Security questionnaire 2 · Security questionnaire 1', 'A recognition rule in the Technical Blueprint: Mail with subject containing "security questionnaire"Choose the exchangeAdd the rule to the draft'],
      ['Meeting', 'No customer contact among the participants', 'lunch', '1', 'Lunch', 'Participants in roles (Technical Blueprint) or the deal on the site']
    ]);
  });
});
