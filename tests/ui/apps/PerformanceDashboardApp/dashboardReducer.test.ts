import { dashboardReducer, initialDashboardState, type DashboardAction, type DashboardState } from '../../../../src/ui/apps/PerformanceDashboardApp/dashboardReducer';
import { blueprint, record } from '../../dashboard/model/records';

function run(state: DashboardState, ...actions: DashboardAction[]): DashboardState {
  return actions.reduce(dashboardReducer, state);
}

/** A dashboard opened without an alert: its feed loading, no alert's deals shown. */
const NO_ALERT = { alertKey: undefined, alertDeals: undefined, feed: { phase: 'loading' }, feedRevision: 0 } as const;

const records = [record('o1', 'open', 1000, { stage: 's1' }), record('o2', 'won', 2500, { stage: 's2' })];

describe('dashboardReducer', () => {
  it('opens loading, on open deals, most deviations first, grouped by owner, with no drill-down', () => {
    expect(initialDashboardState(undefined)).toEqual({
      data: { phase: 'loading' },
      filter: { statuses: [] },
      sort: { key: 'deviations', descending: true },
      grouping: 'owner',
      openId: undefined,
      revision: 0,
      ...NO_ALERT
    });
  });

  it('opens the list on the deals of a deep-linked alert, with no drill-down', () => {
    expect(initialDashboardState('alert:digest-7')).toEqual({ ...initialDashboardState(undefined), alertKey: 'digest-7' });
  });

  it('opens the drill-down of a deep-linked opportunity', () => {
    expect(initialDashboardState('o2')).toEqual({
      data: { phase: 'loading' },
      filter: { statuses: [] },
      sort: { key: 'deviations', descending: true },
      grouping: 'owner',
      openId: 'o2',
      revision: 0,
      ...NO_ALERT
    });
  });

  it('shows loaded records with their blueprint, leaving the view settings as they were', () => {
    const state = run(initialDashboardState('o1'), { type: 'loaded', records, blueprint });
    expect(state).toEqual({
      data: { phase: 'loaded', records, blueprint },
      filter: { statuses: [] },
      sort: { key: 'deviations', descending: true },
      grouping: 'owner',
      openId: 'o1',
      revision: 0,
      ...NO_ALERT
    });
  });

  it('shows records loaded without a published blueprint', () => {
    expect(run(initialDashboardState(undefined), { type: 'loaded', records: [], blueprint: undefined }).data).toEqual({ phase: 'loaded', records: [], blueprint: undefined });
  });

  it('replaces loaded figures with the failure message when a load fails', () => {
    const state = run(initialDashboardState(undefined), { type: 'loaded', records, blueprint }, { type: 'failed', message: 'The list is throttled.' });
    expect(state).toEqual({ ...initialDashboardState(undefined), data: { phase: 'failed', message: 'The list is throttled.' } });
  });

  it('bumps the revision on each reload and keeps showing the old figures meanwhile', () => {
    const loaded = run(initialDashboardState(undefined), { type: 'loaded', records, blueprint });
    const reloaded = run(loaded, { type: 'reload' }, { type: 'reload' });
    expect(reloaded).toEqual({ ...loaded, revision: 2 });
    expect(reloaded.data).toBe(loaded.data);
  });

  it('recovers from a failure when a later load succeeds', () => {
    const state = run(initialDashboardState(undefined), { type: 'failed', message: 'Offline' }, { type: 'reload' }, { type: 'loaded', records, blueprint });
    expect(state).toEqual({ ...initialDashboardState(undefined), data: { phase: 'loaded', records, blueprint }, revision: 1 });
  });

  it('replaces the filter, the sort and the heatmap grouping wholesale', () => {
    const state = run(
      initialDashboardState(undefined),
      { type: 'filter', filter: { statuses: ['open', 'won'], owner: 'ann@x.example', search: 'acme' } },
      { type: 'sort', sort: { key: 'amount', descending: false } },
      { type: 'grouping', grouping: 'team' },
      { type: 'filter', filter: { stageId: 's2' } }
    );
    expect(state).toEqual({
      data: { phase: 'loading' },
      filter: { stageId: 's2' },
      sort: { key: 'amount', descending: false },
      grouping: 'team',
      openId: undefined,
      revision: 0,
      ...NO_ALERT
    });
  });

  it('opens one drill-down at a time and closes it', () => {
    const start = initialDashboardState(undefined);
    expect(run(start, { type: 'open', opportunityId: 'o1' }).openId).toBe('o1');
    expect(run(start, { type: 'open', opportunityId: 'o1' }, { type: 'open', opportunityId: 'o2' })).toEqual({ ...start, openId: 'o2' });
    expect(run(initialDashboardState('o1'), { type: 'close' })).toEqual(start);
  });

  it('closing when nothing is open leaves the state equal', () => {
    const start = initialDashboardState(undefined);
    expect(run(start, { type: 'close' })).toEqual(start);
  });

  it('never mutates the state it is given', () => {
    const start = initialDashboardState('o1');
    const snapshot = JSON.parse(JSON.stringify(start)) as unknown;
    run(start, { type: 'loaded', records, blueprint }, { type: 'reload' }, { type: 'filter', filter: { statuses: ['lost'] } }, { type: 'close' });
    expect(JSON.parse(JSON.stringify(start))).toEqual(snapshot);
  });
});
