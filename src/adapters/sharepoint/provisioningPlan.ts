import { fieldTypeName, type FieldSpec, type ListSpec, type SiteSchema } from './schema';

/** A column as read from the site (only what the plan compares). */
export interface ObservedField {
  readonly internalName: string;
  readonly indexed: boolean;
  readonly unique: boolean;
}

/** A list as read from the site; `fields` holds every column, built-in ones included. */
export interface ObservedList {
  readonly title: string;
  readonly versioning: boolean;
  readonly fields: readonly ObservedField[];
}

export interface ObservedSite {
  readonly lists: readonly ObservedList[];
  /** The schema version stored by the last complete set-up; `undefined` on a fresh site. */
  readonly schemaVersion: number | undefined;
}

/** One write the set-up needs; applied in order, each one idempotent on its own. */
export type ProvisioningStep =
  | { readonly kind: 'createList'; readonly list: ListSpec }
  | { readonly kind: 'enableVersioning'; readonly listTitle: string }
  | { readonly kind: 'addField'; readonly listTitle: string; readonly field: FieldSpec }
  | { readonly kind: 'indexField'; readonly listTitle: string; readonly field: FieldSpec }
  | { readonly kind: 'enforceUnique'; readonly listTitle: string; readonly field: FieldSpec }
  | { readonly kind: 'writeSchemaVersion'; readonly version: number };

/** A short human label of a step, used in reports and in {@link ProvisioningIncompleteError}. */
export function describeStep(step: ProvisioningStep): string {
  switch (step.kind) {
    case 'createList':
      return `create list ${step.list.title}`;
    case 'enableVersioning':
      return `turn on versioning of ${step.listTitle}`;
    case 'addField':
      return `add column ${step.listTitle}.${step.field.internalName}`;
    case 'indexField':
      return `index column ${step.listTitle}.${step.field.internalName}`;
    case 'enforceUnique':
      return `enforce unique values in ${step.listTitle}.${step.field.internalName}`;
    case 'writeSchemaVersion':
      return `record schema version ${step.version}`;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Field schema XML for `fields/createfieldasxml` with `Options: 8` (AddFieldInternalNameHint), so
 * SharePoint keeps `Name` as the internal name instead of deriving one from the display name.
 */
export function fieldSchemaXml(field: FieldSpec): string {
  const flags = `${field.indexed ? ' Indexed="TRUE"' : ''}${field.unique ? ' EnforceUniqueValues="TRUE"' : ''}`;
  const choices = field.choices ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return (
    `<Field Type="${fieldTypeName(field.kind)}" DisplayName="${escapeXml(field.title)}" Name="${field.internalName}" ` +
    `StaticName="${field.internalName}"${flags}>${choices}</Field>`
  );
}

function listSteps(spec: ListSpec, observed: ObservedList | undefined): ProvisioningStep[] {
  if (!observed) return [{ kind: 'createList', list: spec }, ...spec.fields.map((field): ProvisioningStep => ({ kind: 'addField', listTitle: spec.title, field }))];
  const steps: ProvisioningStep[] = [];
  if (spec.versioning && !observed.versioning) steps.push({ kind: 'enableVersioning', listTitle: spec.title });
  for (const field of spec.fields) {
    const existing = observed.fields.find((f) => f.internalName.toLowerCase() === field.internalName.toLowerCase());
    if (!existing) {
      steps.push({ kind: 'addField', listTitle: spec.title, field });
      continue;
    }
    // Index before uniqueness: SharePoint refuses unique values on a column without an index.
    if (field.indexed && !existing.indexed) steps.push({ kind: 'indexField', listTitle: spec.title, field });
    if (field.unique && !existing.unique) steps.push({ kind: 'enforceUnique', listTitle: spec.title, field });
  }
  return steps;
}

/**
 * The writes that bring a site to `schema`. Pure: compares what was read with what is wanted.
 * Lists and columns the schema does not know are left alone (a newer app's columns, or the site
 * owner's own), indexes and unique constraints are only ever added, never removed, and the schema
 * version is recorded last, so a set-up interrupted part-way is visibly incomplete and re-running
 * it finishes the job.
 *
 * Edge cases: a site already at a higher version than `schema` gets no steps at all (an older app
 * must not downgrade a site); an up-to-date site gets an empty plan, so running the set-up twice
 * writes nothing the second time.
 */
export function planProvisioning(schema: SiteSchema, site: ObservedSite): ProvisioningStep[] {
  if (site.schemaVersion !== undefined && site.schemaVersion > schema.version) return [];
  const steps: ProvisioningStep[] = [];
  for (const spec of schema.lists) {
    const observed = site.lists.find((l) => l.title.toLowerCase() === spec.title.toLowerCase());
    steps.push(...listSteps(spec, observed));
  }
  if (steps.length > 0 || site.schemaVersion !== schema.version) steps.push({ kind: 'writeSchemaVersion', version: schema.version });
  return steps;
}
