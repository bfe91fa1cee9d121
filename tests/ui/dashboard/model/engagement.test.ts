import type { Blueprint } from '../../../../src/core/model/blueprint';
import type { Interaction } from '../../../../src/core/model/interaction';
import { engagementSuggestions } from '../../../../src/ui/dashboard/model/engagement';
import { blueprint } from './records';

// The test blueprint plus a second customer role nobody holds.
const withChampion: Blueprint = { ...blueprint, roles: [...blueprint.roles, { id: 'ch', name: 'Champion', side: 'customer' }] };
let n = 0;
const mail = (from: string, to: string, extra: Partial<Interaction> = {}): Interaction => ({ opportunityId: 'o', timestamp: (n += 1), activity: 'Mail', fromParticipant: from, toParticipant: to, source: 'graph', sourceKey: `k${n}`, ...extra });

describe('engagementSuggestions', () => {
  it('lists customer-side people with no role at the account, suggests the role the exchanges put them in, and the roles nobody covers', () => {
    const interactions = [
      // t1 goes ae -> eb: Carl is put in the economic buyer role twice.
      mail('ann@sell.example', 'Carl@cust.example', { activity: 't1' }),
      mail('ann@sell.example', 'carl@cust.example', { transactionId: 't1' }),
      // Plain mail from another customer domain: no role, suggested the first uncovered customer role.
      mail('dora@cust.example', 'ann@sell.example'),
      // Internal colleagues are not suggested; Eve is already mapped.
      mail('ann@sell.example', 'bob@sell.example'),
      mail('eve@cust.example', 'ann@sell.example')
    ];
    const result = engagementSuggestions(withChampion, 'Ann@sell.example', interactions, [{ email: 'EVE@cust.example', role: 'eb', account: 'Acme' }]);
    expect(result.people.map((p) => [p.email, p.interactions, p.suggestedRole?.id])).toEqual([
      ['carl@cust.example', 2, 'eb'],
      ['dora@cust.example', 1, 'ch']
    ]);
    expect(result.uncoveredRoles.map((r) => r.id)).toEqual(['ch']);
  });

  it('reports every customer role uncovered at an account without participants', () => {
    expect(engagementSuggestions(withChampion, 'ann@sell.example', [], []).uncoveredRoles.map((r) => r.name)).toEqual(['Economic buyer', 'Champion']);
  });
});
