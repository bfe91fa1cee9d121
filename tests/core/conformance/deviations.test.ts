import { checkTrace } from '../../../src/core/conformance/checkTrace';
import { compileBlueprint } from '../../../src/core/conformance/compileBlueprint';
import { findDeviations } from '../../../src/core/conformance/deviations';
import { traceWithStageEntries } from '../../../src/core/conformance/stageEntries';
import type { Blueprint } from '../../../src/core/model/blueprint';
import { groupIntoTraces } from '../../../src/core/model/eventLog';
import type { Interaction } from '../../../src/core/model/interaction';
import salesBlueprint from '../../fixtures/core/salesBlueprint.json';
import { DAY } from './helpers';

const blueprint = salesBlueprint as Blueprint;
const opportunity = {
  stageHistory: [
    { stageId: 'discover', enteredAt: 0 },
    { stageId: 'validate', enteredAt: 2 * DAY },
    { stageId: 'close', enteredAt: 30 * DAY }
  ]
};

function exchange(day: number, activity: string, extra: Partial<Interaction>): Interaction {
  return { opportunityId: 'o1', timestamp: day * DAY, activity, source: 'test', sourceKey: `o1-${day}`, ...extra };
}

const interactions: Interaction[] = [
  exchange(1, 't1', { fromRole: 'ae', toRole: 'champion', fromParticipant: 'ann@seller', toParticipant: 'Carl@customer' }),
  exchange(20, 't4', { fromRole: 'ae', toRole: 'eb', fromParticipant: 'ann@seller', toParticipant: 'carl@customer ' }),
  exchange(21, 'lunch', {}),
  exchange(22, 't3', { fromRole: 'se', toRole: 'champion', fromParticipant: 'sam@seller', toParticipant: 'Carl@customer' }),
  exchange(23, 't2', { fromRole: 'champion', toRole: 'se', fromParticipant: 'carl@customer' })
];

describe('findDeviations', () => {
  const constraints = compileBlueprint(blueprint);
  // Trace: 0 stage:discover, 1 t1, 2 stage:validate, 3 t4, 4 lunch, 5 t3, 6 t2, 7 stage:close.
  const trace = traceWithStageEntries(groupIntoTraces(interactions)[0], opportunity);
  const conformance = checkTrace(trace, constraints, { closed: false, now: 40 * DAY });

  it('checks the open case: two deadlines missed, three exchanges still pending', () => {
    expect(conformance.results.filter((r) => r.state !== 'satisfied').map((r) => [r.constraintId, r.state, r.violations])).toEqual([
      ['required:t3', 'pending', []],
      ['due:t4', 'violated', [2]],
      ['required:t5', 'pending', []],
      ['due:t5', 'violated', [3]],
      ['required:t6', 'pending', []]
    ]);
    // Binding: required t1, t4; precededBy t1->t3; due t4, t5; stage order discover->validate: 4 of 6 satisfied.
    expect(conformance.fitness).toBe(4 / 6);
  });

  it('explains every deviation with severity, stage and transaction', () => {
    expect(findDeviations({ blueprint, constraints, conformance, opportunity, interactions })).toEqual([
      {
        kind: 'missing-exchange',
        severity: 'medium',
        stageId: 'validate',
        transactionId: 't3',
        constraintId: 'required:t3',
        interactions: [],
        traceEvents: [],
        message: 'Missing exchange: The champion must receive the technical demo from the sales engineer at least 2 times.'
      },
      {
        kind: 'late',
        severity: 'medium',
        stageId: 'validate',
        transactionId: 't4',
        constraintId: 'due:t4',
        interactions: [],
        traceEvents: [2],
        message: 'Late: The economic buyer must receive the business case within 14 days of entering Validate. It happened after the deadline.'
      },
      {
        kind: 'late',
        severity: 'high',
        stageId: 'close',
        transactionId: 't5',
        constraintId: 'due:t5',
        interactions: [],
        traceEvents: [3],
        message: 'Late: The procurement team must receive the proposal within 7 days after the business case. It is overdue.'
      },
      { kind: 'unexpected-exchange', severity: 'low', traceEvents: [], interactions: [2], message: 'Unexpected exchange "lunch" (1x): it is not in the blueprint.' },
      {
        kind: 'unexpected-exchange',
        severity: 'low',
        traceEvents: [],
        interactions: [4],
        message: 'Unexpected exchange from the champion to the sales engineer (1x): the blueprint has no such exchange.'
      },
      {
        kind: 'uncovered-role',
        severity: 'medium',
        stageId: 'close',
        roleId: 'proc',
        traceEvents: [],
        interactions: [],
        message: 'No one has engaged the procurement team yet, although the blueprint involves them from Close.'
      },
      {
        kind: 'single-threaded',
        severity: 'high',
        stageId: 'close',
        traceEvents: [],
        interactions: [0, 1, 3, 4],
        message: 'Single-threaded: every customer exchange so far went through Carl@customer. Engage more people on the customer side.'
      }
    ]);
  });

  it('rates a closed case: out of order medium, late but happened medium, missing tangible high', () => {
    const closedInteractions = [exchange(1, 't1', {}), exchange(3, 't3', {}), exchange(4, 't3', {}), exchange(5, 't5', {}), exchange(6, 't4', {})];
    const closedTrace = traceWithStageEntries(groupIntoTraces(closedInteractions)[0], { stageHistory: [] });
    const closed = checkTrace(closedTrace, constraints, { closed: true, now: 50 * DAY });
    const kinds = findDeviations({ blueprint, constraints, conformance: closed, opportunity: { stageHistory: [] }, interactions: closedInteractions }).map((d) => [
      d.kind,
      d.severity,
      d.constraintId ?? d.roleId,
      d.traceEvents
    ]);
    // Trace: 0 t1, 1 t3, 2 t3, 3 t5, 4 t4. t5 before t4 breaks precededBy:t4:t5 and no t5 answers t4
    // (it happened, but before); no stage entries, so no due:t4; t6 never happened. Roles come from the
    // recognised transactions, so the champion and others count as involved.
    expect(kinds).toEqual([
      ['out-of-order', 'medium', 'precededBy:t4:t5', [3]],
      ['late', 'medium', 'due:t5', [4]],
      ['missing-exchange', 'high', 'required:t6', []]
    ]);
  });
});

describe('findDeviations on the same deal once it is closed', () => {
  const constraints = compileBlueprint(blueprint);
  const trace = traceWithStageEntries(groupIntoTraces(interactions)[0], opportunity);
  const conformance = checkTrace(trace, constraints, { closed: true, now: 40 * DAY });

  it('reports an exchange that never happened once, as missing, not also as late', () => {
    const t5 = findDeviations({ blueprint, constraints, conformance, opportunity, interactions }).filter((d) => d.transactionId === 't5');
    expect(t5.map((d) => [d.kind, d.constraintId, d.severity])).toEqual([['missing-exchange', 'required:t5', 'high']]);
  });

  it('still reports an exchange that happened after its deadline as late', () => {
    const t4 = findDeviations({ blueprint, constraints, conformance, opportunity, interactions }).filter((d) => d.transactionId === 't4');
    expect(t4.map((d) => [d.kind, d.severity, d.message])).toEqual([
      ['late', 'medium', expect.stringMatching(/It happened after the deadline\.$/)]
    ]);
  });
});
