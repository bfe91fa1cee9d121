import { compareNetworks } from '../../../src/core/network/compareNetworks';
import { analyseExchanges } from '../../../src/core/network/exchangeAnalysis';
import { networkFindings } from '../../../src/core/network/findings';
import { blueprintNetwork, interactionNetwork } from '../../../src/core/network/valueNetwork';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';
import { observedInteractions } from '../../fixtures/network/interactions';

describe('networkFindings', () => {
  const actual = interactionNetwork(observedInteractions, smallBlueprint.roles, smallBlueprint.transactions);
  const roleNames = Object.fromEntries(smallBlueprint.roles.map((r) => [r.id, r.name]));
  const findings = networkFindings(analyseExchanges(actual), { roleNames, comparison: compareNetworks(blueprintNetwork(smallBlueprint), actual) });

  it('lists findings in a fixed order with stable codes', () => {
    expect(findings.map((f) => `${f.code} ${f.roles.join(',')}`)).toEqual([
      'role-isolated pt',
      'role-only-gives se',
      'role-only-receives eb',
      'role-only-receives cfo',
      'role-overburdened ae',
      'role-overburdened ch',
      'dead-link se,ch',
      'dead-link eb,ae',
      'unplanned-exchange se,eb',
      'unplanned-exchange ae,cfo'
    ]);
  });

  it('writes messages with role names (ids where no name is known) that name the fix', () => {
    expect(findings[0].message).toBe('Implementation partner exchanges nothing with any other role: involve them or take the role out of the network.');
    expect(findings[3].message).toBe('cfo receives 1 and gives nothing back: ask for a commitment, information or access in return.');
    expect(findings[4].message).toBe('Account executive carries 5 exchanges, far more than the other roles: spread the work so the deal does not hang on one person.');
    expect(findings[6]).toEqual({
      code: 'dead-link',
      roles: ['se', 'ch'],
      transactionId: 't3',
      message: '"Deliverable t3" from Sales engineer to Champion is in the blueprint but never happened: schedule it or question whether it is needed.'
    });
    expect(findings[8].message).toBe('Sales engineer sent "lunch" to Economic buyer 1 time, which the blueprint does not plan: add it to the blueprint if it helps win.');
  });

  it('reports a network where value flows only one way', () => {
    const oneWay = { roles: ['a', 'b', 'c'], exchanges: [{ source: 'a', target: 'b', kind: 'tangible' as const, label: 'offer', count: 1 }, { source: 'b', target: 'c', kind: 'tangible' as const, label: 'offer', count: 1 }], unplaced: 0 };
    expect(networkFindings(analyseExchanges(oneWay)).map((f) => f.code)).toEqual(['role-only-gives', 'role-only-receives', 'no-reciprocal-pairs']);
  });
});
