import { MS_PER_DAY } from './templates';
import type { DeclareConstraint, TemplateName } from './types';

/** Integer codes of the templates, so the hot loop switches on small numbers instead of strings. */
export const TEMPLATE_CODE: Readonly<Record<TemplateName, number>> = {
  existence: 0,
  absence: 1,
  exactly: 2,
  init: 3,
  responded_existence: 4,
  coexistence: 5,
  response: 6,
  precedence: 7,
  succession: 8,
  alternate_response: 9,
  alternate_precedence: 10,
  alternate_succession: 11,
  chain_response: 12,
  chain_precedence: 13,
  chain_succession: 14,
  not_coexistence: 15,
  not_succession: 16,
  not_chain_succession: 17
};
/** Internal code of a timed existence (existence with a reference activity and a window). */
export const TIMED_EXISTENCE_CODE = 18;

/** Role bits of an activity inside a constraint. */
export const ROLE_A = 1;
export const ROLE_B = 2;

/**
 * A constraint set compiled for fast evaluation: activity names interned to integer ids, per-constraint
 * parameters in typed arrays, and for each activity id the constraints that mention it (compressed
 * sparse rows), so that an event only touches the constraints that mention its activity.
 */
export interface CheckPlan {
  readonly constraints: readonly DeclareConstraint[];
  /** Activity name -> id, for the activities mentioned by any constraint. */
  readonly activityIds: ReadonlyMap<string, number>;
  readonly code: Uint8Array;
  /** Activity id of A (the only activity of unary templates). */
  readonly a: Int32Array;
  /** Activity id of B, or of the reference for a timed existence; -1 when none. */
  readonly b: Int32Array;
  readonly n: Int32Array;
  /** Window in ms for timed forms; -1 when untimed. */
  readonly windowMs: Float64Array;
  /** Entries of activity id x are rowStart[x] .. rowStart[x + 1] - 1 in rowConstraint / rowRoles. */
  readonly rowStart: Int32Array;
  readonly rowConstraint: Int32Array;
  readonly rowRoles: Uint8Array;
  /** Indexes of init constraints, evaluated once per trace rather than per event. */
  readonly initConstraints: Int32Array;
}

/**
 * Compiles validated constraints (see parseConstraintSet) into a {@link CheckPlan}. Linear in the number
 * of constraints; build it once per constraint set and reuse it for every case.
 */
export function compilePlan(constraints: readonly DeclareConstraint[]): CheckPlan {
  const activityIds = new Map<string, number>();
  const intern = (name: string): number => {
    let id = activityIds.get(name);
    if (id === undefined) {
      id = activityIds.size;
      activityIds.set(name, id);
    }
    return id;
  };
  const count = constraints.length;
  const code = new Uint8Array(count);
  const a = new Int32Array(count);
  const b = new Int32Array(count).fill(-1);
  const n = new Int32Array(count);
  const windowMs = new Float64Array(count).fill(-1);
  const inits: number[] = [];
  constraints.forEach((constraint, index) => {
    const timedExistence = constraint.template === 'existence' && constraint.reference !== undefined && constraint.withinDays !== undefined;
    code[index] = timedExistence ? TIMED_EXISTENCE_CODE : TEMPLATE_CODE[constraint.template];
    a[index] = intern(constraint.activities[0]);
    if (constraint.activities.length > 1) b[index] = intern(constraint.activities[1]);
    if (timedExistence) b[index] = intern(constraint.reference as string);
    n[index] = constraint.n ?? 1;
    if (constraint.withinDays !== undefined) windowMs[index] = constraint.withinDays * MS_PER_DAY;
    if (constraint.template === 'init') inits.push(index);
  });

  // Counting pass then filling pass: two flat arrays instead of one small array per activity.
  const activityCount = activityIds.size;
  const rolesByPair = new Map<number, number>();
  constraints.forEach((constraint, index) => {
    if (constraint.template === 'init') return;
    const key = (id: number): number => index * (activityCount + 1) + id;
    rolesByPair.set(key(a[index]), (rolesByPair.get(key(a[index])) ?? 0) | ROLE_A);
    if (b[index] >= 0) rolesByPair.set(key(b[index]), (rolesByPair.get(key(b[index])) ?? 0) | ROLE_B);
  });
  const rowStart = new Int32Array(activityCount + 1);
  rolesByPair.forEach((_roles, key) => {
    rowStart[(key % (activityCount + 1)) + 1]++;
  });
  for (let i = 0; i < activityCount; i++) rowStart[i + 1] += rowStart[i];
  const rowConstraint = new Int32Array(rolesByPair.size);
  const rowRoles = new Uint8Array(rolesByPair.size);
  const fill = rowStart.slice(0, activityCount);
  rolesByPair.forEach((roles, key) => {
    const activity = key % (activityCount + 1);
    const slot = fill[activity]++;
    rowConstraint[slot] = Math.floor(key / (activityCount + 1));
    rowRoles[slot] = roles;
  });
  return { constraints, activityIds, code, a, b, n, windowMs, rowStart, rowConstraint, rowRoles, initConstraints: Int32Array.from(inits) };
}
