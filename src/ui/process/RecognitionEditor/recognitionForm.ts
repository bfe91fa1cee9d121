/**
 * The "add a recognition rule" form: its fields as one flat record, and the rule they make.
 */
// The light face only: the main face would pull the parsers into the first render.
import { INTERACTION_CSV_PRESETS } from '../../../interchange/light';
import type { RecognitionKind, RecognitionRule } from '../../../core/model';

export interface RecognitionForm {
  readonly transactionId: string;
  readonly kind: RecognitionKind;
  readonly preset: string;
  readonly column: string;
  readonly value: string;
  readonly role: string;
  readonly toRole: string;
  readonly text: string;
  readonly listTitle: string;
}

export type RecognitionFormAction =
  | { readonly type: 'set'; readonly field: keyof RecognitionForm; readonly value: string }
  | { readonly type: 'preset'; readonly name: string }
  | { readonly type: 'reset' };

/** A fresh form; the CSV column defaults to the activity column of the first preset. */
export function initialRecognitionForm(transactionId: string, roleId: string): RecognitionForm {
  const preset = INTERACTION_CSV_PRESETS[0];
  return { transactionId, kind: 'csv', preset: preset?.name ?? '', column: preset?.mapping.activity ?? '', value: '', role: roleId, toRole: roleId, text: '', listTitle: '' };
}

export function recognitionFormReducer(form: RecognitionForm, action: RecognitionFormAction): RecognitionForm {
  switch (action.type) {
    case 'set':
      return { ...form, [action.field]: action.value };
    case 'preset': {
      // Choosing a preset fills in the column its exports name the activity in.
      const preset = INTERACTION_CSV_PRESETS.find((p) => p.name === action.name);
      return { ...form, preset: action.name, column: preset?.mapping.activity ?? form.column };
    }
    case 'reset':
      return { ...form, value: '', text: '', listTitle: '' };
    default:
      return form;
  }
}

/** The rule the form describes (validation reports blank fields after it is added). */
export function ruleFromForm(form: RecognitionForm): RecognitionRule {
  const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());
  switch (form.kind) {
    case 'csv':
      return { kind: 'csv', column: form.column.trim(), value: form.value.trim(), preset: optional(form.preset) };
    case 'meeting':
      return optional(form.text) === undefined ? { kind: 'meeting', attendeeRole: form.role } : { kind: 'meeting', attendeeRole: form.role, subjectContains: form.text.trim() };
    case 'mail':
      return optional(form.text) === undefined ? { kind: 'mail', fromRole: form.role, toRole: form.toRole } : { kind: 'mail', fromRole: form.role, toRole: form.toRole, subjectContains: form.text.trim() };
    case 'plannerTask':
      return { kind: 'plannerTask', titleContains: form.text.trim() };
    case 'listItem':
      return { kind: 'listItem', listTitle: form.listTitle.trim(), field: form.column.trim(), value: form.value.trim() };
    default:
      return { kind: 'plannerTask', titleContains: '' };
  }
}

/** One line describing a rule, e.g. `CSV: Activity = "Business case sent"`. */
export function summariseRule(rule: RecognitionRule, kindLabel: string, roleName: (id: string) => string): string {
  switch (rule.kind) {
    case 'csv':
      return `${kindLabel}: ${rule.column} = "${rule.value}"`;
    case 'meeting':
      return `${kindLabel}: ${roleName(rule.attendeeRole)}${rule.subjectContains ? ` ("${rule.subjectContains}")` : ''}`;
    case 'mail':
      return `${kindLabel}: ${roleName(rule.fromRole)} → ${roleName(rule.toRole)}${rule.subjectContains ? ` ("${rule.subjectContains}")` : ''}`;
    case 'plannerTask':
      return `${kindLabel}: "${rule.titleContains}"`;
    case 'listItem':
      return `${kindLabel}: ${rule.listTitle} / ${rule.field} = "${rule.value}"`;
    default:
      return kindLabel;
  }
}
