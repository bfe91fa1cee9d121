import { INITIAL_INSIGHTS_STATE, insightsReducer, type InsightsAction, type InsightsState } from '../../../../src/ui/apps/SalesInsightsApp/insightsReducer';
import type { InsightsOverview } from '../../../../src/services/insights/modelInUse';
import type { ModelRecord } from '../../../../src/services/insights/modelRegistry';

function run(state: InsightsState, ...actions: InsightsAction[]): InsightsState {
  return actions.reduce(insightsReducer, state);
}

function model(modelId: string, status: ModelRecord['status'], itemId: number): ModelRecord {
  return {
    modelId,
    label: 'blueprint distance (6 won / 5 lost)',
    trainedAt: 1_700_000_000_000,
    trainedBy: 'Megan Bowen',
    blueprintId: 'bp',
    blueprintVersion: 2,
    window: { from: 1_690_000_000_000, to: 1_699_000_000_000 },
    model: { model: 'blueprint-distance', trainedOn: { won: 6, lost: 5 } },
    status,
    itemId
  };
}

const overview: InsightsOverview = { inUse: model('m1', 'in-use', 1), latest: model('m2', 'stored', 2) };
const published = { name: 'Mini sale', version: 2 };

describe('insightsReducer', () => {
  it('starts loading, idle, without a notice, showing every pattern', () => {
    expect(INITIAL_INSIGHTS_STATE).toEqual({
      data: { phase: 'loading' },
      training: undefined,
      switching: false,
      notice: undefined,
      filter: { evidence: 'all', direction: 'all' },
      revision: 0
    });
  });

  it('shows the loaded overview beside the published blueprint', () => {
    expect(run(INITIAL_INSIGHTS_STATE, { type: 'loaded', overview, published, canTrain: true })).toEqual({ ...INITIAL_INSIGHTS_STATE, data: { phase: 'loaded', overview, published, canTrain: true } });
  });

  it('shows an empty overview on a site without a published blueprint', () => {
    expect(run(INITIAL_INSIGHTS_STATE, { type: 'loaded', overview: {}, published: undefined, canTrain: false }).data).toEqual({ phase: 'loaded', overview: {}, published: undefined, canTrain: false });
  });

  it('replaces the data with the message when loading fails', () => {
    const state = run(INITIAL_INSIGHTS_STATE, { type: 'loaded', overview, published, canTrain: true }, { type: 'failed', message: 'Access denied.' });
    expect(state).toEqual({ ...INITIAL_INSIGHTS_STATE, data: { phase: 'failed', message: 'Access denied.' } });
  });

  it('follows training progress, clearing the previous notice', () => {
    const noticed: InsightsState = { ...INITIAL_INSIGHTS_STATE, notice: { kind: 'info', text: 'Model m1 is in use.' } };
    const reading = run(noticed, { type: 'progress', progress: { phase: 'reading', dealsRead: 100 } });
    expect(reading).toEqual({ ...INITIAL_INSIGHTS_STATE, training: { phase: 'reading', dealsRead: 100 }, notice: undefined });
    expect(run(reading, { type: 'progress', progress: { phase: 'training', dealsRead: 240 } }).training).toEqual({ phase: 'training', dealsRead: 240 });
  });

  it('ends a training with its notice and reloads the models', () => {
    const state = run(
      INITIAL_INSIGHTS_STATE,
      { type: 'loaded', overview, published, canTrain: true },
      { type: 'progress', progress: { phase: 'saving', dealsRead: 240 } },
      { type: 'trainingEnded', notice: { kind: 'success', text: 'A new model is stored.' } }
    );
    expect(state).toEqual({
      data: { phase: 'loaded', overview, published, canTrain: true },
      training: undefined,
      switching: false,
      notice: { kind: 'success', text: 'A new model is stored.' },
      filter: { evidence: 'all', direction: 'all' },
      revision: 1
    });
  });

  it('reloads after a failed training too, showing the error', () => {
    const state = run(INITIAL_INSIGHTS_STATE, { type: 'progress', progress: { phase: 'reading', dealsRead: 0 } }, { type: 'trainingEnded', notice: { kind: 'error', text: 'Too few closed deals.' } });
    expect(state).toEqual({ ...INITIAL_INSIGHTS_STATE, notice: { kind: 'error', text: 'Too few closed deals.' }, revision: 1 });
  });

  it('marks a model switch in progress, clearing the notice, and ends it with a notice and a reload', () => {
    const noticed: InsightsState = { ...INITIAL_INSIGHTS_STATE, notice: { kind: 'success', text: 'A new model is stored.' }, revision: 1 };
    const switching = run(noticed, { type: 'switching' });
    expect(switching).toEqual({ ...INITIAL_INSIGHTS_STATE, switching: true, notice: undefined, revision: 1 });
    const switched = run(switching, { type: 'switched', notice: { kind: 'success', text: 'Model m2 is now in use.' } });
    expect(switched).toEqual({ ...INITIAL_INSIGHTS_STATE, switching: false, notice: { kind: 'success', text: 'Model m2 is now in use.' }, revision: 2 });
  });

  it('counts every reload cause in the revision', () => {
    const state = run(
      INITIAL_INSIGHTS_STATE,
      { type: 'trainingEnded', notice: { kind: 'success', text: 'Stored.' } },
      { type: 'switching' },
      { type: 'switched', notice: { kind: 'error', text: 'The switch failed.' } },
      { type: 'trainingEnded', notice: { kind: 'success', text: 'Stored again.' } }
    );
    expect(state.revision).toBe(3);
    expect(state.notice).toEqual({ kind: 'success', text: 'Stored again.' });
  });

  it('replaces the pattern filter and keeps everything else', () => {
    const loaded = run(INITIAL_INSIGHTS_STATE, { type: 'loaded', overview, published, canTrain: true });
    expect(run(loaded, { type: 'filter', filter: { evidence: 'strong', direction: 'hurts' } })).toEqual({ ...loaded, filter: { evidence: 'strong', direction: 'hurts' } });
  });

  it('never mutates the state it is given', () => {
    const frozen = Object.freeze({ ...INITIAL_INSIGHTS_STATE });
    run(frozen, { type: 'progress', progress: { phase: 'reading', dealsRead: 1 } }, { type: 'trainingEnded', notice: { kind: 'info', text: 'x' } }, { type: 'switching' });
    expect(frozen).toEqual(INITIAL_INSIGHTS_STATE);
  });
});
