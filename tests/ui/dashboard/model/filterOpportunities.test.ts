import { filterOpportunities, sortOpportunities } from '../../../../src/ui/dashboard/model/filterOpportunities';
import { record } from './records';

const records = [
  record('o-1', 'open', 300, { owner: 'Ann@X.example', stage: 's2', name: 'Fleet renewal', account: 'Contoso' }),
  record('o-2', 'won', 100, { owner: 'bob@x.example', stage: 's1', name: 'Data platform', account: 'Fabrikam' }),
  record('o-3', 'open', 200, { owner: 'ann@x.example', stage: 's1', name: 'Payroll', account: 'Northwind' }),
  record('o-4', 'lost', 200, { owner: 'bob@x.example', name: 'Contoso expansion', account: 'Tailspin' })
];
const ids = (list: readonly { opportunity: { id: string } }[]): string[] => list.map((r) => r.opportunity.id);

describe('filterOpportunities', () => {
  it('combines status, stage, owner (any case) and search over id, name, account and owner', () => {
    expect(ids(filterOpportunities(records, { statuses: ['open'] }))).toEqual(['o-1', 'o-3']);
    expect(ids(filterOpportunities(records, { stageId: 's1' }))).toEqual(['o-2', 'o-3']);
    expect(ids(filterOpportunities(records, { owner: 'ANN@x.example' }))).toEqual(['o-1', 'o-3']);
    expect(ids(filterOpportunities(records, { search: ' contoso ' }))).toEqual(['o-1', 'o-4']);
    expect(ids(filterOpportunities(records, { statuses: ['open', 'lost'], search: 'contoso' }))).toEqual(['o-1', 'o-4']);
    expect(ids(filterOpportunities(records, { statuses: [] }))).toEqual(['o-1', 'o-2', 'o-3', 'o-4']);
  });
});

describe('sortOpportunities', () => {
  const order = new Map([['s1', 1], ['s2', 2]]);
  it('sorts by amount descending with ties by id, and by stage order with no stage first', () => {
    expect(ids(sortOpportunities(records, { key: 'amount', descending: true }, order))).toEqual(['o-1', 'o-3', 'o-4', 'o-2']);
    expect(ids(sortOpportunities(records, { key: 'stage', descending: false }, order))).toEqual(['o-4', 'o-2', 'o-3', 'o-1']);
    expect(ids(sortOpportunities(records, { key: 'name', descending: false }, order))).toEqual(['o-4', 'o-2', 'o-1', 'o-3']);
  });

  it('sorts by the stored score, deals without one first ascending and last descending, ties by id', () => {
    const withScore = (index: number, score: number | undefined): (typeof records)[number] => {
      const r = records[index];
      return r.snapshot && score !== undefined ? { ...r, snapshot: { ...r.snapshot, score } } : r;
    };
    // o-1 0.4, o-2 none, o-3 0.9, o-4 0.4.
    const scored = [withScore(0, 0.4), withScore(1, undefined), withScore(2, 0.9), withScore(3, 0.4)];
    expect(ids(sortOpportunities(scored, { key: 'score', descending: true }, order))).toEqual(['o-3', 'o-1', 'o-4', 'o-2']);
    expect(ids(sortOpportunities(scored, { key: 'score', descending: false }, order))).toEqual(['o-2', 'o-1', 'o-4', 'o-3']);
  });
});
