/**
 * Blueprint JSON documents: the blueprint's own fields at the top level plus `$schema` and
 * `formatVersion`. Version 2 is current; version 1 documents are migrated on read (see
 * `migrateBlueprintV1`). Writing always produces the current version.
 */
import { InputTooLargeError } from '../errors';
import { InvalidBlueprintError, type ValidationProblem } from '../../core';
import type { Blueprint } from '../../core/model';
import { validateBlueprint } from '../../core/model';
import { checkDocumentShape } from './checkDocumentShape';
import { migrateBlueprintV1 } from './migrateBlueprintV1';
import { parseJsonText } from './parseJsonText';

/** The `$id` of src/interchange/schema/blueprint.schema.json, written as `$schema` into every document. */
export const BLUEPRINT_SCHEMA_ID: string = 'urn:valuenetworks:schema:blueprint:2';
export const BLUEPRINT_FORMAT_VERSION: number = 2;
/** 5 Mi characters: a blueprint with thousands of transactions stays far below. */
export const MAX_BLUEPRINT_JSON_CHARS: number = 5 * 1024 * 1024;

export interface ReadBlueprintOptions {
  /** Also apply the model rules (`validateBlueprint`); default true. Drafts being edited may skip them. */
  readonly validateModel?: boolean;
}

function fail(problems: readonly ValidationProblem[]): never {
  throw new InvalidBlueprintError(problems);
}

/**
 * Reads a blueprint document, migrating older format versions.
 *
 * @param text - the JSON text
 * @returns the blueprint (current model shape; `$schema` and `formatVersion` dropped)
 * @throws JsonSyntaxError (line, column) for text that is not JSON
 * @throws InvalidBlueprintError with JSON-pointer problems: `unsupported-format-version`,
 *   `wrong-type`, `missing-property`, `unknown-property`, then the model rules' codes
 * @throws InputTooLargeError over {@link MAX_BLUEPRINT_JSON_CHARS}
 */
export function readBlueprintJson(text: string, options: ReadBlueprintOptions = {}): Blueprint {
  if (text.length > MAX_BLUEPRINT_JSON_CHARS) {
    throw new InputTooLargeError(MAX_BLUEPRINT_JSON_CHARS, text.length, 'This is not a blueprint document.');
  }
  const document = parseJsonText(text.replace(/^\ufeff/, ''));
  const version = typeof document === 'object' && document !== null ? (document as Record<string, unknown>).formatVersion : undefined;
  if (version !== 1 && version !== 2) {
    const newer = typeof version === 'number' && version > BLUEPRINT_FORMAT_VERSION;
    fail([
      {
        code: 'unsupported-format-version',
        path: '/formatVersion',
        message: newer
          ? `The document has format version ${version}, written by a newer ValueNetworks; update the app to read it.`
          : 'The document has no known "formatVersion" (1 or 2): it is not a ValueNetworks blueprint.'
      }
    ]);
  }
  const shapeProblems = checkDocumentShape(document, version);
  if (shapeProblems.length > 0) fail(shapeProblems);
  const current = version === 1 ? migrateBlueprintV1(document as Record<string, unknown>) : (document as Record<string, unknown>);
  // The envelope is format, not model: drop it from the (copied) object.
  const blueprint: Record<string, unknown> = { ...current };
  delete blueprint.$schema;
  delete blueprint.formatVersion;
  if (options.validateModel !== false) {
    const problems = validateBlueprint(blueprint as unknown as Blueprint);
    if (problems.length > 0) fail(problems);
  }
  return blueprint as unknown as Blueprint;
}

/**
 * Writes a blueprint as a current-version document: `$schema`, `formatVersion`, then the model's
 * fields in a fixed order, two-space indented, ending with a newline (stable diffs in version control
 * and in SharePoint version history). Absent optional fields are left out.
 */
export function writeBlueprintJson(blueprint: Blueprint): string {
  const document = {
    $schema: BLUEPRINT_SCHEMA_ID,
    formatVersion: BLUEPRINT_FORMAT_VERSION,
    id: blueprint.id,
    name: blueprint.name,
    description: blueprint.description,
    version: blueprint.version,
    status: blueprint.status,
    roles: blueprint.roles.map((r) => ({ id: r.id, name: r.name, side: r.side, description: r.description })),
    stages: blueprint.stages.map((s) => ({
      id: s.id,
      name: s.name,
      order: s.order,
      exitCriteria: { minSellingActions: s.exitCriteria.minSellingActions, minBuyingActions: s.exitCriteria.minBuyingActions }
    })),
    transactions: blueprint.transactions.map((t) => ({
      id: t.id,
      sequence: t.sequence,
      from: t.from,
      to: t.to,
      deliverable: t.deliverable,
      kind: t.kind,
      stage: t.stage,
      required: t.required,
      precededBy: [...t.precededBy],
      due: t.due === undefined ? undefined : { days: t.due.days, afterTransactionId: t.due.afterTransactionId },
      minCount: t.minCount
    }))
  };
  return `${JSON.stringify(document, undefined, 2)}\n`;
}
