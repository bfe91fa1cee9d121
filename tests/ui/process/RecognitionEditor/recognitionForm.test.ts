import { initialRecognitionForm, recognitionFormReducer, ruleFromForm, summariseRule, type RecognitionForm, type RecognitionFormAction } from '../../../../src/ui/process/RecognitionEditor/recognitionForm';
import type { RecognitionRule } from '../../../../src/core/model';

function run(form: RecognitionForm, ...actions: RecognitionFormAction[]): RecognitionForm {
  return actions.reduce(recognitionFormReducer, form);
}

const fresh = initialRecognitionForm('t3', 'ae');
const roleNames: Record<string, string> = { ae: 'Account executive', eb: 'Economic buyer' };
const roleName = (id: string): string => roleNames[id] ?? `?${id}`;

describe('the recognition rule form', () => {
  it('opens as a CSV rule on the first preset, its activity column filled in, both roles on the given role', () => {
    expect(fresh).toEqual({
      transactionId: 't3',
      kind: 'csv',
      preset: 'Process mining (XES column names)',
      column: 'concept:name',
      value: '',
      role: 'ae',
      toRole: 'ae',
      text: '',
      listTitle: ''
    });
  });

  it('sets one field at a time', () => {
    const form = run(fresh, { type: 'set', field: 'kind', value: 'mail' }, { type: 'set', field: 'toRole', value: 'eb' }, { type: 'set', field: 'text', value: 'Business case' });
    expect(form).toEqual({ ...fresh, kind: 'mail', toRole: 'eb', text: 'Business case' });
  });

  it('fills in the activity column of a chosen preset', () => {
    expect(run(fresh, { type: 'preset', name: 'ValueNetworks interactions export' })).toEqual({ ...fresh, preset: 'ValueNetworks interactions export', column: 'Activity' });
    expect(run(fresh, { type: 'preset', name: 'Case ID, Activity, Complete Timestamp, Resource' })).toEqual({
      ...fresh,
      preset: 'Case ID, Activity, Complete Timestamp, Resource',
      column: 'Activity'
    });
  });

  it('keeps a typed column when the preset is unknown or cleared', () => {
    const typed = run(fresh, { type: 'set', field: 'column', value: 'Stage step' });
    expect(run(typed, { type: 'preset', name: 'My CRM' })).toEqual({ ...fresh, preset: 'My CRM', column: 'Stage step' });
    expect(run(typed, { type: 'preset', name: '' })).toEqual({ ...fresh, preset: '', column: 'Stage step' });
  });

  it('resets the value, the text and the list after a rule is added, keeping the kind, preset, column and roles', () => {
    const filled = run(
      fresh,
      { type: 'set', field: 'kind', value: 'listItem' },
      { type: 'set', field: 'column', value: 'Status' },
      { type: 'set', field: 'value', value: 'Signed' },
      { type: 'set', field: 'text', value: 'words' },
      { type: 'set', field: 'listTitle', value: 'Contracts' },
      { type: 'set', field: 'role', value: 'eb' }
    );
    expect(run(filled, { type: 'reset' })).toEqual({ ...fresh, kind: 'listItem', column: 'Status', role: 'eb' });
  });

  it('returns the form unchanged for an unknown action', () => {
    expect(recognitionFormReducer(fresh, { type: 'clear' } as unknown as RecognitionFormAction)).toBe(fresh);
  });

  it('never mutates the form it is given', () => {
    const frozen = Object.freeze({ ...fresh });
    run(frozen, { type: 'set', field: 'value', value: 'x' }, { type: 'preset', name: 'ValueNetworks interactions export' }, { type: 'reset' });
    expect(frozen).toEqual(fresh);
  });
});

describe('ruleFromForm', () => {
  it('makes a CSV rule with trimmed column, value and preset', () => {
    const form: RecognitionForm = { ...fresh, column: '  Activity ', value: ' Business case sent  ', preset: ' ValueNetworks interactions export ' };
    expect(ruleFromForm(form)).toEqual({ kind: 'csv', column: 'Activity', value: 'Business case sent', preset: 'ValueNetworks interactions export' });
  });

  it('leaves the preset out of a CSV rule when none is chosen, and keeps blank fields blank for validation', () => {
    expect(ruleFromForm({ ...fresh, preset: '   ', column: ' ', value: '' })).toEqual({ kind: 'csv', column: '', value: '', preset: undefined });
  });

  it('makes a meeting rule on the attendee role, with the subject words only when given', () => {
    expect(ruleFromForm({ ...fresh, kind: 'meeting', role: 'eb', text: '  Steering committee ' })).toEqual({ kind: 'meeting', attendeeRole: 'eb', subjectContains: 'Steering committee' });
    expect(ruleFromForm({ ...fresh, kind: 'meeting', role: 'eb', text: '   ' })).toEqual({ kind: 'meeting', attendeeRole: 'eb' });
  });

  it('makes a mail rule between the two roles, with the subject words only when given', () => {
    expect(ruleFromForm({ ...fresh, kind: 'mail', role: 'ae', toRole: 'eb', text: ' Proposal' })).toEqual({ kind: 'mail', fromRole: 'ae', toRole: 'eb', subjectContains: 'Proposal' });
    expect(ruleFromForm({ ...fresh, kind: 'mail', role: 'ae', toRole: 'eb', text: '' })).toEqual({ kind: 'mail', fromRole: 'ae', toRole: 'eb' });
  });

  it('makes a Planner task rule on the trimmed title words, blank when none are given', () => {
    expect(ruleFromForm({ ...fresh, kind: 'plannerTask', text: ' Send pricing ' })).toEqual({ kind: 'plannerTask', titleContains: 'Send pricing' });
    expect(ruleFromForm({ ...fresh, kind: 'plannerTask', text: '  ' })).toEqual({ kind: 'plannerTask', titleContains: '' });
  });

  it('makes a list item rule from the list title, the column as the field, and the value, all trimmed', () => {
    expect(ruleFromForm({ ...fresh, kind: 'listItem', listTitle: ' Contracts ', column: ' Status', value: 'Signed ' })).toEqual({ kind: 'listItem', listTitle: 'Contracts', field: 'Status', value: 'Signed' });
  });

  it('falls back to a blank Planner task rule for an unknown kind', () => {
    expect(ruleFromForm({ ...fresh, kind: 'webhook' as unknown as RecognitionForm['kind'], text: 'ignored' })).toEqual({ kind: 'plannerTask', titleContains: '' });
  });
});

describe('summariseRule', () => {
  it('describes a CSV rule by its column and value', () => {
    expect(summariseRule({ kind: 'csv', column: 'Activity', value: 'Business case sent', preset: 'ValueNetworks interactions export' }, 'CSV', roleName)).toBe('CSV: Activity = "Business case sent"');
  });

  it('describes a meeting rule by the attendee role name, and its subject words when present', () => {
    expect(summariseRule({ kind: 'meeting', attendeeRole: 'eb' }, 'Meeting', roleName)).toBe('Meeting: Economic buyer');
    expect(summariseRule({ kind: 'meeting', attendeeRole: 'eb', subjectContains: 'Steering' }, 'Meeting', roleName)).toBe('Meeting: Economic buyer ("Steering")');
    expect(summariseRule({ kind: 'meeting', attendeeRole: 'eb', subjectContains: '' }, 'Meeting', roleName)).toBe('Meeting: Economic buyer');
  });

  it('describes a mail rule by sender and recipient role names, and its subject words when present', () => {
    expect(summariseRule({ kind: 'mail', fromRole: 'ae', toRole: 'eb' }, 'Mail', roleName)).toBe('Mail: Account executive → Economic buyer');
    expect(summariseRule({ kind: 'mail', fromRole: 'ae', toRole: 'eb', subjectContains: 'Proposal' }, 'Mail', roleName)).toBe('Mail: Account executive → Economic buyer ("Proposal")');
  });

  it('names roles through the given lookup, even unknown ones', () => {
    expect(summariseRule({ kind: 'mail', fromRole: 'gone', toRole: 'ae' }, 'Mail', roleName)).toBe('Mail: ?gone → Account executive');
  });

  it('describes a Planner task rule by its title words, and a list item rule by list, field and value', () => {
    expect(summariseRule({ kind: 'plannerTask', titleContains: 'Send pricing' }, 'Planner task', roleName)).toBe('Planner task: "Send pricing"');
    expect(summariseRule({ kind: 'listItem', listTitle: 'Contracts', field: 'Status', value: 'Signed' }, 'List item', roleName)).toBe('List item: Contracts / Status = "Signed"');
  });

  it('summarises what the form makes', () => {
    const form = run(fresh, { type: 'preset', name: 'ValueNetworks interactions export' }, { type: 'set', field: 'value', value: ' Business case sent ' });
    expect(summariseRule(ruleFromForm(form), 'CSV', roleName)).toBe('CSV: Activity = "Business case sent"');
  });

  it('shows only the kind label for an unknown rule kind', () => {
    expect(summariseRule({ kind: 'webhook' } as unknown as RecognitionRule, 'Webhook', roleName)).toBe('Webhook');
  });
});
