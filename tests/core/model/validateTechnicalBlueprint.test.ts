import type { AlertRule, TechnicalBlueprint } from '../../../src/core/model/technicalBlueprint';
import { EMPTY_TECHNICAL_BLUEPRINT, meetsSeverity } from '../../../src/core/model/technicalBlueprint';
import { validateTechnicalBlueprint } from '../../../src/core/model/validateTechnicalBlueprint';
import { smallBlueprint } from '../../fixtures/model/smallBlueprint';

const rule: AlertRule = {
  id: 'late-deals',
  name: 'Late business cases',
  enabled: true,
  deviations: ['late', 'missing-exchange'],
  minSeverity: 'medium',
  channel: 'teams-channel',
  target: 'team-sales/channel-deals',
  delivery: 'immediate'
};

const valid: TechnicalBlueprint = {
  recognition: [
    { transactionId: 't1', rules: [{ kind: 'csv', column: 'Activity', value: 'Discovery call', preset: 'ValueNetworks interactions export' }, { kind: 'meeting', attendeeRole: 'ch' }] },
    { transactionId: 't2', rules: [{ kind: 'mail', fromRole: 'ch', toRole: 'ae', subjectContains: 'needs' }] },
    { transactionId: 't3', rules: [{ kind: 'plannerTask', titleContains: 'Security questionnaire' }, { kind: 'listItem', listTitle: 'Deliverables', field: 'Kind', value: 'Demo' }] }
  ],
  participants: [
    { account: 'Contoso', email: 'ana@contoso.com', roleId: 'ch' },
    { account: 'Contoso', email: 'ben@contoso.com', roleId: 'eb' }
  ],
  alertRules: [rule, { ...rule, id: 'digest', name: 'Daily digest', channel: 'mail', target: 'lead@fabrikam.com, ops@fabrikam.com', delivery: 'digest', digestHourUtc: 7 }]
};

describe('validateTechnicalBlueprint', () => {
  it('finds nothing wrong in a complete technical blueprint or an empty one', () => {
    expect(validateTechnicalBlueprint(valid, smallBlueprint)).toEqual([]);
    expect(validateTechnicalBlueprint(EMPTY_TECHNICAL_BLUEPRINT, smallBlueprint)).toEqual([]);
  });

  it('reports recognition problems with JSON pointers into the technical blueprint', () => {
    const broken: TechnicalBlueprint = {
      ...valid,
      recognition: [
        { transactionId: 't9', rules: [{ kind: 'csv', column: ' ', value: '', match: 'regex' as 'equals' }] },
        { transactionId: 't1', rules: [] },
        { transactionId: 't1', rules: [{ kind: 'meeting', attendeeRole: 'cfo' }, { kind: 'fax' } as never] }
      ]
    };
    expect(validateTechnicalBlueprint(broken, smallBlueprint).map((p) => [p.code, p.path])).toEqual([
      ['unknown-transaction', '/recognition/0/transactionId'],
      ['blank-column', '/recognition/0/rules/0/column'],
      ['blank-value', '/recognition/0/rules/0/value'],
      ['invalid-match', '/recognition/0/rules/0/match'],
      ['no-rules', '/recognition/1/rules'],
      ['duplicate-recognition', '/recognition/2/transactionId'],
      ['unknown-role', '/recognition/2/rules/0/attendeeRole'],
      ['invalid-recognition-kind', '/recognition/2/rules/1/kind']
    ]);
  });

  it('reports Graph pattern fields left blank and roles that do not exist', () => {
    const broken: TechnicalBlueprint = {
      ...valid,
      recognition: [
        {
          transactionId: 't4',
          rules: [
            { kind: 'mail', fromRole: 'eb', toRole: 'nobody' },
            { kind: 'plannerTask', titleContains: '' },
            { kind: 'listItem', listTitle: '', field: '', value: 'x' }
          ]
        }
      ]
    };
    expect(validateTechnicalBlueprint(broken, smallBlueprint)).toEqual([
      { code: 'unknown-role', path: '/recognition/0/rules/0/toRole', message: 'No role of the blueprint has the id "nobody": pick one of its roles.' },
      { code: 'blank-title', path: '/recognition/0/rules/1/titleContains', message: 'Give the words the Planner task title contains.' },
      { code: 'blank-list', path: '/recognition/0/rules/2/listTitle', message: 'Name the SharePoint list that holds the items.' },
      { code: 'blank-field', path: '/recognition/0/rules/2/field', message: 'Name the list column to look at.' }
    ]);
  });

  it('reports participants without account, with a bad address, an unknown role or twice', () => {
    const broken: TechnicalBlueprint = {
      ...valid,
      participants: [
        { account: '', email: 'ana@contoso', roleId: 'ch' },
        { account: 'Contoso', email: 'Ben@Contoso.com', roleId: 'cfo' },
        { account: 'contoso ', email: 'ben@contoso.com', roleId: 'cfo' }
      ]
    };
    expect(validateTechnicalBlueprint(broken, smallBlueprint)).toEqual([
      { code: 'blank-account', path: '/participants/0/account', message: 'Name the account this person works on.' },
      { code: 'invalid-email', path: '/participants/0/email', message: '"ana@contoso" is not an email address: use the person\'s email or sign-in name.' },
      { code: 'unknown-role', path: '/participants/1/roleId', message: 'No role of the blueprint has the id "cfo": pick one of its roles.' },
      { code: 'unknown-role', path: '/participants/2/roleId', message: 'No role of the blueprint has the id "cfo": pick one of its roles.' },
      { code: 'duplicate-assignment', path: '/participants/2', message: 'ben@contoso.com is already mapped to this role on contoso: remove the copy.' }
    ]);
  });

  it('reports every alert rule problem, including a pasted webhook address', () => {
    const broken: TechnicalBlueprint = {
      ...valid,
      alertRules: [
        { ...rule, id: '', name: ' ', deviations: [], minSeverity: 'urgent' as 'high' },
        { ...rule, deviations: ['late', 'ghosted' as 'late'], channel: 'webhook', target: 'https://prod.example.com/workflows/abc?sig=secret' },
        { ...rule, channel: 'pager' as 'mail', delivery: 'weekly' as 'digest' },
        { ...rule, id: 'r4', channel: 'mail', target: 'lead@fabrikam.com; ops', delivery: 'digest', digestHourUtc: 24 },
        { ...rule, id: 'r5', channel: 'teams-channel', target: 'channel-only' },
        { ...rule, id: 'r6', channel: 'teams-chat', target: '' }
      ]
    };
    expect(validateTechnicalBlueprint(broken, smallBlueprint).map((p) => [p.code, p.path])).toEqual([
      ['blank-id', '/alertRules/0/id'],
      ['blank-name', '/alertRules/0/name'],
      ['no-deviations', '/alertRules/0/deviations'],
      ['invalid-severity', '/alertRules/0/minSeverity'],
      ['unknown-deviation', '/alertRules/1/deviations/1'],
      ['invalid-target', '/alertRules/1/target'],
      ['duplicate-rule-id', '/alertRules/2/id'],
      ['invalid-channel', '/alertRules/2/channel'],
      ['invalid-delivery', '/alertRules/2/delivery'],
      ['invalid-target', '/alertRules/3/target'],
      ['invalid-digest-hour', '/alertRules/3/digestHourUtc'],
      ['invalid-target', '/alertRules/4/target'],
      ['blank-target', '/alertRules/5/target']
    ]);
    const messages = validateTechnicalBlueprint(broken, smallBlueprint).filter((p) => p.code === 'invalid-target').map((p) => p.message);
    expect(messages).toEqual([
      'Do not paste the webhook address here: name the connection an administrator configured for the monitor.',
      'Not an email address: "lead@fabrikam.com; ops".',
      'A Teams channel is written as team id/channel id.'
    ]);
  });
});

describe('meetsSeverity', () => {
  it('orders low < medium < high', () => {
    expect([meetsSeverity('low', 'medium'), meetsSeverity('medium', 'medium'), meetsSeverity('high', 'medium'), meetsSeverity('low', 'low'), meetsSeverity('medium', 'high')]).toEqual([
      false,
      true,
      true,
      true,
      false
    ]);
  });
});
