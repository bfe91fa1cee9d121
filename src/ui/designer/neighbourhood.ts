/**
 * The part of the value network around a role or a stage, for the diagram's focus: everything else is
 * dimmed. Steps count exchanges walked, in either direction.
 */
import type { Blueprint } from '../../core/model';

export type FocusTarget = { readonly kind: 'role'; readonly id: string } | { readonly kind: 'stage'; readonly id: string };

export interface Neighbourhood {
  readonly roles: ReadonlySet<string>;
  readonly transactions: ReadonlySet<string>;
}

/**
 * A role's neighbourhood of `steps` (1 or more): the exchanges it takes part in and the roles at their
 * other end; each further step adds the exchanges of the roles reached and their partners. A stage's
 * first step is its own exchanges and their roles; further steps walk from those roles as for a role.
 * An unknown role or stage gives an empty neighbourhood; `steps` below 1 counts as 1.
 */
export function neighbourhood(blueprint: Blueprint, focus: FocusTarget, steps: number): Neighbourhood {
  const roles = new Set<string>();
  const transactions = new Set<string>();
  let frontier: string[];
  let remaining = Math.max(1, Math.floor(steps));
  if (focus.kind === 'stage') {
    for (const t of blueprint.transactions) {
      if (t.stage !== focus.id) continue;
      transactions.add(t.id);
      roles.add(t.from);
      roles.add(t.to);
    }
    frontier = [...roles];
    remaining -= 1;
  } else {
    if (!blueprint.roles.some((r) => r.id === focus.id)) return { roles, transactions };
    roles.add(focus.id);
    frontier = [focus.id];
  }
  for (; remaining > 0 && frontier.length > 0; remaining--) {
    const from = new Set(frontier);
    frontier = [];
    for (const t of blueprint.transactions) {
      if (!from.has(t.from) && !from.has(t.to)) continue;
      transactions.add(t.id);
      for (const id of [t.from, t.to]) {
        if (roles.has(id)) continue;
        roles.add(id);
        frontier.push(id);
      }
    }
  }
  return { roles, transactions };
}
