import type { Blueprint } from '../../../src/core/model/blueprint';
import { diffBlueprints, isEmptyDiff } from '../../../src/ui/designer/diffBlueprints';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

describe('diffBlueprints', () => {
  it('finds nothing between a blueprint and itself', () => {
    const diff = diffBlueprints(smallBlueprint, smallBlueprint);
    expect(diff).toEqual({
      blueprint: [],
      roles: { added: [], removed: [], changed: [] },
      stages: { added: [], removed: [], changed: [] },
      transactions: { added: [], removed: [], changed: [] }
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
    expect(diff.blueprint).toEqual([
      { field: 'status', before: 'draft', after: 'published' },
      { field: 'version', before: 1, after: 2 }
    ]);
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
            { field: 'precededBy', before: ['t2'], after: ['t1', 't2'] },
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
});
