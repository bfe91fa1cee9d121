import { acknowledgeAlert, dealsOfAlert, feedScopes, loadAlertFeed, snoozeAlert, snoozedDigests } from '../../../src/services/alerts/alertFeed';
import type { NewAlert } from '../../../src/services/ports';
import { memoryAlertLog } from '../../fixtures/services/memoryAlertLog';

const T = Date.UTC(2026, 9, 31);
const digest = (key: string, scope: string, at: number, dealIds?: string[]): NewAlert => ({ dedupeKey: key, opportunityId: scope, rule: 'due', severity: 'critical', channel: 'mail', summary: key, recordedAt: at, ...(dealIds ? { dealIds } : {}) });

describe('the alert feed', () => {
  it('lists a seller\'s own digests and a manager\'s team summaries newest first, without claims, with their state', async () => {
    const log = memoryAlertLog();
    const own = (await log.record(digest('@ann@x.example|due|digest|2026-10-30', '@ann@x.example', T - 86_400_000, ['A1', 'A2']))).record;
    await log.markSent(own, 'm1', T);
    await log.record(digest('@ann@x.example|due|digest|2026-10-30#c1', '@ann@x.example', T));
    const team = (await log.record(digest('*|due|digest|2026-10-31', '*', T, ['A1', 'A2', 'B1']))).record;
    const failed = await log.markFailed(team, '429 after the retry budget');
    await log.markSent(failed, 'm2', T + 1);
    await log.record(digest('@bob@x.example|due|digest|2026-10-31', '@bob@x.example', T, ['B1']));
    // The North team's summary, sent to its manager: in the team view, not in a seller's.
    await log.record(digest('team:north|due|digest|2026-10-31', 'team:north', T + 2, ['A1', 'A2']));

    expect(feedScopes('Ann@X.example', false)).toEqual(['@ann@x.example']);
    const seller = await loadAlertFeed(log, feedScopes('ann@x.example', false));
    expect(seller.map((i) => [i.record.dedupeKey, i.state, i.dealCount])).toEqual([['@ann@x.example|due|digest|2026-10-30', 'sent', 2]]);
    const manager = await loadAlertFeed(log, feedScopes('ann@x.example', true));
    expect(manager.map((i) => [i.record.dedupeKey, i.state, i.dealCount])).toEqual([
      ['team:north|due|digest|2026-10-31', 'pending', 2],
      ['*|due|digest|2026-10-31', 'retried', 3],
      ['@ann@x.example|due|digest|2026-10-30', 'sent', 2]
    ]);
  });

  it('resolves a deep link to exactly the alert\'s deals, naming the ones deleted since, and records an acknowledgement', async () => {
    const log = memoryAlertLog();
    const { record } = await log.record(digest('*|due|digest|2026-10-31', '*', T, ['A1', 'A2', 'B1']));
    expect(await dealsOfAlert(log, '*|due|digest|2026-10-31', new Set(['A1', 'B1', 'C9']))).toEqual({ kind: 'found', record, dealIds: ['A1', 'B1'], missing: ['A2'] });
    expect(await dealsOfAlert(log, 'gone', new Set())).toEqual({ kind: 'unknown-alert', dedupeKey: 'gone' });
    await acknowledgeAlert(log, record, 'ann@x.example', T + 60_000);
    expect((await log.get('*|due|digest|2026-10-31'))).toMatchObject({ acknowledgedBy: 'ann@x.example', acknowledgedAt: T + 60_000, status: 'pending' });
  });

  it('snoozes a digest for 7 days: the monitor reads its scope and rule as snoozed until then', async () => {
    const log = memoryAlertLog();
    const { record } = await log.record(digest('@ann@x.example|due|digest|2026-10-31', '@ann@x.example', T, ['A1']));
    const snoozed = await snoozeAlert(log, record, 'ann@x.example', T, 7);
    expect([snoozed.snoozedUntil, snoozed.acknowledgedBy]).toEqual([T + 7 * 86_400_000, 'ann@x.example']);
    expect([...(await snoozedDigests(log, T + 86_400_000))]).toEqual(['@ann@x.example|due']);
    expect([...(await snoozedDigests(log, T + 8 * 86_400_000))]).toEqual([]);
  });
});
