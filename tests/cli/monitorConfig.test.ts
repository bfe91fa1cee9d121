import { parseMonitorConfig, MonitorConfigError } from '../../cli/commands/monitorConfig';
import { withDemoSources } from '../../cli/commands/monitorDemo';

const BASE = { siteUrl: 'http://127.0.0.1:4321/sites/sales', auth: { kind: 'emulator', sharePointUser: 'owner', graphUser: 'a@b.example' } };

describe('monitor configuration: analysis rules and the demo source', () => {
  it('reads score-drop, due-exchange and stalled-stage rules with their defaults', () => {
    const config = parseMonitorConfig({
      ...BASE,
      alerts: {
        rules: [
          { id: 'drop', name: 'Score drop', trigger: { kind: 'score-drop', minDrop: 0.15 }, channel: 'mail', target: 'lead@b.example' },
          { id: 'due', name: 'Overdue', enabled: false, trigger: { kind: 'due-exchange', graceDays: 2 }, channel: 'webhook', target: 'hook', delivery: 'digest', digestHour: 8 }
        ],
        scoringModelPath: './model.json'
      }
    });
    expect(config.alerts.rules).toEqual([
      { id: 'drop', name: 'Score drop', enabled: true, trigger: { kind: 'score-drop', minDrop: 0.15 }, channel: 'mail', target: 'lead@b.example', delivery: 'immediate' },
      { id: 'due', name: 'Overdue', enabled: false, trigger: { kind: 'due-exchange', graceDays: 2 }, channel: 'webhook', target: 'hook', delivery: 'digest', digestHour: 8 }
    ]);
    expect(config.alerts.scoringModelPath).toBe('./model.json');
  });

  it('names the first bad field of a rule', () => {
    const bad = (rule: unknown): string => {
      try {
        parseMonitorConfig({ ...BASE, alerts: { rules: [rule] } });
      } catch (error) {
        if (error instanceof MonitorConfigError) return error.message;
      }
      return 'accepted';
    };
    expect(bad({ id: 'x', name: 'X', trigger: { kind: 'score-drop', minDrop: 5 }, channel: 'mail', target: 't' })).toBe('alerts.rules[0].trigger.minDrop is a probability drop, 0..1.');
    expect(bad({ id: 'x', name: 'X', trigger: { kind: 'deviation' }, channel: 'mail', target: 't' })).toBe('alerts.rules[0].trigger.kind must be "score-drop", "due-exchange" or "stalled-stage".');
    expect(bad({ id: 'x', name: 'X', trigger: { kind: 'stalled-stage', maxDays: 3 }, channel: 'sms', target: 't' })).toBe('alerts.rules[0].channel must be one of teams-channel, teams-chat, mail, webhook.');
  });

  it('takes the demo organisation\'s 40 sellers and 5 team plans, after the ones listed', () => {
    const config = withDemoSources(parseMonitorConfig({ ...BASE, sync: { sellers: ['x@b.example'], plannerPlanIds: ['p0'], demo: { seed: 42, scale: 0.1 } } }));
    expect([config.sync.sellers.length, config.sync.sellers[0], config.sync.sellers[1]]).toEqual([41, 'x@b.example', 'vera.novak@contoso-sales.example']);
    expect(config.sync.plannerPlanIds).toEqual(['p0', 'plan-team-uk-ireland', 'plan-team-southern-europe', 'plan-team-nordics', 'plan-team-benelux', 'plan-team-dach']);
  });
  it('reads per-person digests and refuses sellers\' mail without a mailbox', () => {
    const config = parseMonitorConfig({ ...BASE, alerts: { mailbox: 'ops@x.example', digests: { sellers: 'mail', managers: { north: 'nina@x.example' }, maxLines: 5 } } });
    expect(config.alerts.digests).toEqual({ sellers: { channel: 'mail' }, managers: { north: 'nina@x.example' }, dueWithinDays: 7, maxLines: 5 });
    expect(parseMonitorConfig(BASE).alerts.digests).toEqual({ managers: {}, dueWithinDays: 7, maxLines: 10 });
    expect(() => parseMonitorConfig({ ...BASE, alerts: { digests: { sellers: 'mail' } } })).toThrow('alerts.digests.sellers "mail" needs alerts.mailbox.');
    expect(() => parseMonitorConfig({ ...BASE, alerts: { mailbox: 'm', digests: { sellers: 'sms' } } })).toThrow('alerts.digests.sellers must be "mail" or false.');
  });
  it('reads the SMS settings with the ACS connection string from the environment, never requiring it in the file', () => {
    const sms = { from: '+18005550100', phones: { 'ann@x.example': '+4915112345678' } };
    const config = parseMonitorConfig({ ...BASE, alerts: { sms } }, { ACS_CONNECTION_STRING: 'endpoint=https://x.communication.azure.com/;accesskey=a2V5' });
    expect(config.alerts.sms).toEqual({ connectionString: 'endpoint=https://x.communication.azure.com/;accesskey=a2V5', from: '+18005550100', phones: { 'ann@x.example': '+4915112345678' }, minLevel: 'critical', maxSegments: 2 });
    expect(() => parseMonitorConfig({ ...BASE, alerts: { sms } }, {})).toThrow('alerts.sms needs the ACS connection string in the environment variable ACS_CONNECTION_STRING (or alerts.sms.connectionString).');
    expect(() => parseMonitorConfig({ ...BASE, alerts: { sms: { ...sms, from: '0800 555' } } }, { ACS_CONNECTION_STRING: 'x' })).toThrow('alerts.sms.from must be a phone number in E.164 form, e.g. +18005550100.');
  });
});
