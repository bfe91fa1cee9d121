import type { Interaction } from '../../../src/core/model/interaction';
import type { OpportunityRecord, Participant } from '../../../src/services/ports';
import { accountPeople, accountsOf, customerRoles, roleEntries } from '../../../src/ui/process/accountRoles';
import { businessCaseBlueprint } from '../../fixtures/process/businessCaseBlueprint';

const deal = (id: string, account: string, status: 'open' | 'won', owner = 'ann@contoso.com'): OpportunityRecord => ({
  opportunity: { id, account, owner, amount: 1, status, createdAt: 0, stageHistory: [] },
  itemId: 1
});
const records = [deal('o1', 'Atlas', 'open'), deal('o2', 'Atlas', 'won'), deal('o3', 'Atlas', 'open', 'bob@contoso.com'), deal('o9', 'Borealis', 'open')];
const said = (opportunityId: string, from: string, fromRole: string | undefined, to: string, toRole: string | undefined): Interaction => ({
  opportunityId, timestamp: 0, activity: 'x', fromParticipant: from, fromRole, toParticipant: to, toRole, source: 'test', sourceKey: `${opportunityId}${from}${to}`
});

describe('people and roles of an account', () => {
  it('lists the customer roles and the accounts once each', () => {
    expect(customerRoles(businessCaseBlueprint).map((r) => r.id)).toEqual(['ch', 'eb']);
    expect(accountsOf(records)).toEqual(['Atlas', 'Borealis']);
  });

  it('collects the people seen on the account and recorded for it, leaving out sellers and other accounts', () => {
    const interactions = [
      said('o1', 'ann@contoso.com', 'ae', 'Chris@Atlas.example', 'ch'),
      // An unrecognised exchange still shows who the account's people are; a colleague in an internal role is not one.
      said('o3', 'erin@atlas.example', undefined, 'sam@contoso.com', 'ae'),
      said('o9', 'ann@contoso.com', 'ae', 'zoe@borealis.example', 'ch')
    ];
    const participants: Participant[] = [
      { email: 'chris@atlas.example', displayName: 'Chris Doe', role: 'ch', account: 'Atlas', opportunityId: 'o1' },
      { email: 'chris@atlas.example', role: 'eb', account: 'Atlas', opportunityId: 'o3' },
      { email: 'dana@atlas.example', role: 'eb', account: 'Atlas' },
      { email: 'zoe@borealis.example', role: 'ch', account: 'Borealis' }
    ];
    expect(accountPeople('Atlas', records, participants, interactions, businessCaseBlueprint)).toEqual([
      { email: 'chris@atlas.example', displayName: 'Chris Doe', roles: ['ch', 'eb'] },
      { email: 'dana@atlas.example', roles: ['eb'] },
      { email: 'erin@atlas.example', roles: [] }
    ]);
  });

  it('writes one entry per open deal of the account for each new role, nothing for a role already held', () => {
    const people = [{ email: 'chris@atlas.example', displayName: 'Chris Doe', roles: ['ch'] }, { email: 'erin@atlas.example', roles: [] }];
    expect(roleEntries('Atlas', records, people, new Map([['chris@atlas.example', 'ch'], ['erin@atlas.example', 'eb']]))).toEqual([
      { email: 'erin@atlas.example', role: 'eb', account: 'Atlas', opportunityId: 'o1' },
      { email: 'erin@atlas.example', role: 'eb', account: 'Atlas', opportunityId: 'o3' }
    ]);
    expect(roleEntries('Cobalt', records, people, new Map([['erin@atlas.example', 'eb']]))).toEqual([]);
  });
});
