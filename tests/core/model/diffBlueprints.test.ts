import type { Blueprint } from '../../../src/core/model/blueprint';
import { diffBlueprints, isEmptyDiff } from '../../../src/core/model/diffBlueprints';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

describe('diffBlueprints', () => {
  it('finds nothing between a blueprint and itself', () => {
    const diff = diffBlueprints(smallBlueprint, smallBlueprint);
    expect(diff).toEqual({
      blueprint: [],
      roles: { added: [], removed: [], changed: [] },
      stages: { added: [], removed: [], changed: [] },
      transactions: { added: [], removed: [], changed: [] },
      recognition: { added: [], removed: [], changed: [] },
      participants: { added: [], removed: [], changed: [] },
      alertRules: { added: [], removed: [], changed: [] }
    });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists added, removed and changed roles, stages and transactions field by field', () => {
    const after: Blueprint = {
      ...smallBlueprint,
      version: 2,
      status: 'published',
      roles: [
        ...smallBlueprint.roles.filter((r) => r.id !== 'pt').map((r) => (r.id === 'ch' ? { ...r, name: 'Champion (VP)', side: 'customer' as const } : r)),
        { id: 'cfo', name: 'CFO', side: 'customer' }
      ],
      stages: smallBlueprint.stages.map((s) => (s.id === 's2' ? { ...s, exitCriteria: { minSellingActions: 2, minBuyingActions: 0 } } : s)),
      transactions: smallBlueprint.transactions
        .filter((t) => t.id !== 't4')
        .map((t) => (t.id === 't3' ? { ...t, kind: 'intangible' as const, due: { days: 7, afterTransactionId: 't2' }, precededBy: ['t1', 't2'] } : t))
    };
    const diff = diffBlueprints(smallBlueprint, after);
    // The version number and status are not content: a draft and the version it becomes are equal.
    expect(diff.blueprint).toEqual([]);
    expect(diff.roles).toEqual({
      added: [{ id: 'cfo', label: 'CFO' }],
      removed: [{ id: 'pt', label: 'Implementation partner' }],
      changed: [{ id: 'ch', label: 'Champion (VP)', changes: [{ field: 'name', before: 'Champion', after: 'Champion (VP)' }] }]
    });
    expect(diff.stages).toEqual({
      added: [],
      removed: [],
      changed: [{ id: 's2', label: 'Validate', changes: [{ field: 'exitCriteria.minSellingActions', before: 1, after: 2 }] }]
    });
    expect(diff.transactions).toEqual({
      added: [],
      removed: [{ id: 't4', label: 'Deliverable t4' }],
      changed: [
        {
          id: 't3',
          label: 'Deliverable t3',
          changes: [
            { field: 'kind', before: 'tangible', after: 'intangible' },
            { field: 'precededBy', before: ['Deliverable t2'], after: ['Deliverable t1', 'Deliverable t2'] },
            { field: 'due.days', before: 5, after: 7 }
          ]
        }
      ]
    });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reports a due rule that appears or disappears as changes from and to undefined', () => {
    const after: Blueprint = { ...smallBlueprint, transactions: smallBlueprint.transactions.map((t) => (t.id === 't1' ? { ...t, due: { days: 3 } } : t)) };
    expect(diffBlueprints(smallBlueprint, after).transactions.changed).toEqual([
      { id: 't1', label: 'Deliverable t1', changes: [{ field: 'due.days', before: undefined, after: 3 }] }
    ]);
    expect(diffBlueprints(after, smallBlueprint).transactions.changed[0].changes).toEqual([{ field: 'due.days', before: 3, after: undefined }]);
  });

  it('names roles, stages and exchanges in references, and compares the Technical Blueprint', () => {
    const before: Blueprint = {
      ...smallBlueprint,
      technical: {
        recognition: [{ transactionId: 't1', rules: [{ kind: 'csv', column: 'Activity', value: 'Call' }] }],
        participants: [{ account: 'Fabrikam', email: 'dana@fabrikam.com', roleId: 'ch' }],
        alertRules: [{ id: 'r1', name: 'Late exchanges', enabled: true, deviations: ['late'], minSeverity: 'medium', channel: 'mail', target: 'a@b.c', delivery: 'immediate' }]
      }
    };
    const after: Blueprint = {
      ...before,
      transactions: before.transactions.map((t) => (t.id === 't2' ? { ...t, from: 'ch', stage: 's2' } : t)),
      technical: {
        recognition: [{ transactionId: 't1', rules: [{ kind: 'mail', fromRole: 'ae', toRole: 'ch', subjectContains: 'agenda' }] }],
        participants: [],
        alertRules: [{ id: 'r1', name: 'Late exchanges', enabled: false, deviations: ['late', 'missing-exchange'], minSeverity: 'medium', channel: 'mail', target: 'a@b.c', delivery: 'immediate' }]
      }
    };
    const diff = diffBlueprints(before, after);
    const roleName = (id: string): string => smallBlueprint.roles.find((r) => r.id === id)?.name ?? id;
    const t2 = smallBlueprint.transactions.find((t) => t.id === 't2');
    const stageName = (id: string | undefined): string | undefined => smallBlueprint.stages.find((s) => s.id === id)?.name;
    expect(diff.transactions.changed).toEqual([
      {
        id: 't2',
        label: 'Deliverable t2',
        changes: [
          ...(t2?.from === 'ch' ? [] : [{ field: 'from', before: roleName(t2?.from ?? ''), after: roleName('ch') }]),
          ...(t2?.stage === 's2' ? [] : [{ field: 'stage', before: stageName(t2?.stage), after: stageName('s2') }])
        ]
      }
    ]);
    expect(diff.recognition.changed).toEqual([
      { id: 't1', label: 'Deliverable t1', changes: [{ field: 'rules', before: ['CSV column "Activity" is "Call"'], after: [`mail from the ${roleName('ae')} to the ${roleName('ch')} about "agenda"`] }] }
    ]);
    expect(diff.participants).toEqual({ added: [], removed: [{ id: 'fabrikam|dana@fabrikam.com|ch', label: `dana@fabrikam.com as ${roleName('ch')} at Fabrikam` }], changed: [] });
    expect(diff.alertRules.changed).toEqual([
      { id: 'r1', label: 'Late exchanges', changes: [{ field: 'enabled', before: true, after: false }, { field: 'deviations', before: ['late'], after: ['late', 'missing-exchange'] }] }
    ]);
  });
});
