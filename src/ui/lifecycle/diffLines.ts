/**
 * A blueprint diff as the sentences people read, grouped by section, in the user's language: "Changed
 * the due days of Business case from 7 to 10". Names only: the diff already resolved every reference.
 */
import type { BlueprintDiff, CollectionDiff, FieldChange, FieldValue } from '../../core/model';
import type { LifecycleStrings } from '../i18n/lifecycle';

export type DiffSectionKey = keyof LifecycleStrings['sections'];

export interface DiffSection {
  readonly key: DiffSectionKey;
  readonly title: string;
  readonly lines: readonly string[];
}

function show(value: FieldValue, strings: LifecycleStrings): string {
  if (value === undefined || value === '') return strings.empty;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (Array.isArray(value)) return value.length === 0 ? strings.empty : value.map((v) => `"${v}"`).join(', ');
  return typeof value === 'number' ? String(value) : `"${String(value)}"`;
}

function fieldLine(change: FieldChange, label: string, strings: LifecycleStrings): string {
  return strings.changedField(strings.fieldNames[change.field] ?? change.field, label, show(change.before, strings), show(change.after, strings));
}

function collectionLines(diff: CollectionDiff, strings: LifecycleStrings): string[] {
  return [
    ...diff.added.map((a) => strings.added(`"${a.label}"`)),
    ...diff.removed.map((r) => strings.removed(`"${r.label}"`)),
    ...diff.changed.flatMap((c) => c.changes.map((f) => fieldLine(f, `"${c.label}"`, strings)))
  ];
}

/** The non-empty sections of `diff`, in a fixed order: blueprint, roles, stages, exchanges, recognition, people, alert rules. */
export function diffLines(diff: BlueprintDiff, strings: LifecycleStrings): DiffSection[] {
  const sections: DiffSection[] = [
    { key: 'blueprint', title: strings.sections.blueprint, lines: diff.blueprint.map((f) => fieldLine(f, strings.sections.blueprint.toLowerCase(), strings)) },
    { key: 'roles', title: strings.sections.roles, lines: collectionLines(diff.roles, strings) },
    { key: 'stages', title: strings.sections.stages, lines: collectionLines(diff.stages, strings) },
    { key: 'transactions', title: strings.sections.transactions, lines: collectionLines(diff.transactions, strings) },
    { key: 'recognition', title: strings.sections.recognition, lines: collectionLines(diff.recognition, strings) },
    { key: 'participants', title: strings.sections.participants, lines: collectionLines(diff.participants, strings) },
    { key: 'alertRules', title: strings.sections.alertRules, lines: collectionLines(diff.alertRules, strings) }
  ];
  return sections.filter((s) => s.lines.length > 0);
}
