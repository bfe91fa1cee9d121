/**
 * Format version 1 -> 2. Version 1 (the first release) stored, per transaction, `tangible: boolean`,
 * `predecessors: string[]`, and the due rule flattened as `dueDays` / `dueAfter`, and per stage the
 * exit criteria flattened as `minSellingActions` / `minBuyingActions`; `minCount` could be absent
 * (meaning 1). Version 2 is the current model shape (`kind`, `precededBy`, `due`, `exitCriteria`).
 */

type Json = Record<string, unknown>;

function migrateTransaction(t: Json): Json {
  const { tangible, predecessors, dueDays, dueAfter, minCount, ...rest } = t;
  return {
    ...rest,
    kind: tangible === true ? 'tangible' : 'intangible',
    precededBy: predecessors,
    ...(dueDays !== undefined && { due: { days: dueDays, ...(dueAfter !== undefined && { afterTransactionId: dueAfter }) } }),
    minCount: minCount ?? 1
  };
}

function migrateStage(s: Json): Json {
  const { minSellingActions, minBuyingActions, ...rest } = s;
  return { ...rest, exitCriteria: { minSellingActions, minBuyingActions } };
}

/**
 * Rewrites a version 1 document (already checked against the version 1 shape) as version 2.
 * Pure: the input is not changed. Array positions are kept, so a JSON pointer into the result
 * addresses the same role, stage or transaction as in the original.
 */
export function migrateBlueprintV1(document: Readonly<Json>): Json {
  return {
    ...document,
    formatVersion: 2,
    stages: (document.stages as Json[]).map(migrateStage),
    transactions: (document.transactions as Json[]).map(migrateTransaction)
  };
}
