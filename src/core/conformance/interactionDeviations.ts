import type { Blueprint, RoleSide, Interaction, Opportunity } from '../model';
import { roleLabel, stageLabel } from './describeConstraint';
import type { Deviation } from './deviationTypes';
import { STAGE_ENTRY_PREFIX } from './stageEntries';

/**
 * The opportunity's current stage: the entry with the latest `enteredAt` (the later one in history order
 * on ties); `undefined` without stage history.
 */
export function currentStageId(opportunity: Pick<Opportunity, 'stageHistory'>): string | undefined {
  let current: { stageId: string; enteredAt: number } | undefined;
  for (const entry of opportunity.stageHistory) if (!current || entry.enteredAt >= current.enteredAt) current = entry;
  return current?.stageId;
}

/** Roles of an interaction: as recorded, else the endpoints of the blueprint transaction it was recognised as. */
function rolesOf(blueprint: Blueprint, interaction: Interaction): { from?: string; to?: string } {
  const transaction = blueprint.transactions.find((t) => t.id === (interaction.transactionId ?? interaction.activity));
  return { from: interaction.fromRole ?? transaction?.from, to: interaction.toRole ?? transaction?.to };
}

/**
 * Unexpected exchanges (severity low), one deviation per distinct cause, in order of first appearance:
 * an activity that is neither a blueprint transaction id nor a stage entry, or an exchange whose
 * recorded roles (both known) match no blueprint transaction from -> to.
 */
export function findUnexpectedExchanges(blueprint: Blueprint, interactions: readonly Interaction[]): Deviation[] {
  const transactionIds = new Set(blueprint.transactions.map((t) => t.id));
  const edges = new Set(blueprint.transactions.map((t) => `${t.from}\n${t.to}`));
  const groups = new Map<string, { deviation: Omit<Deviation, 'interactions' | 'message'>; indexes: number[]; describe: (count: number) => string }>();
  interactions.forEach((interaction, index) => {
    const activity = interaction.transactionId ?? interaction.activity;
    let key: string | undefined;
    let describe: ((count: number) => string) | undefined;
    if (!transactionIds.has(activity) && !activity.startsWith(STAGE_ENTRY_PREFIX)) {
      key = `activity\n${activity}`;
      describe = (count) => `Unexpected exchange "${activity}" (${count}x): it is not in the blueprint.`;
    } else if (interaction.fromRole !== undefined && interaction.toRole !== undefined && !edges.has(`${interaction.fromRole}\n${interaction.toRole}`)) {
      const { fromRole, toRole } = interaction;
      key = `roles\n${fromRole}\n${toRole}`;
      describe = (count) => `Unexpected exchange from ${roleLabel(blueprint, fromRole)} to ${roleLabel(blueprint, toRole)} (${count}x): the blueprint has no such exchange.`;
    }
    if (key === undefined || describe === undefined) return;
    const group = groups.get(key);
    if (group) group.indexes.push(index);
    else groups.set(key, { deviation: { kind: 'unexpected-exchange', severity: 'low', traceEvents: [] }, indexes: [index], describe });
  });
  return [...groups.values()].map(({ deviation, indexes, describe }) => ({ ...deviation, interactions: indexes, message: describe(indexes.length) }));
}

/**
 * Uncovered roles (severity medium): customer roles taking part (as sender or receiver) in transactions
 * of the current or an earlier stage that no interaction involves yet. Without stage history the deal
 * counts as being in the first stage. The deviation's stage is the earliest stage involving the role.
 */
export function findUncoveredRoles(blueprint: Blueprint, opportunity: Pick<Opportunity, 'stageHistory'>, interactions: readonly Interaction[]): Deviation[] {
  const orderOf = new Map(blueprint.stages.map((stage) => [stage.id, stage.order]));
  const current = currentStageId(opportunity);
  const currentOrder = (current !== undefined ? orderOf.get(current) : undefined) ?? Math.min(...blueprint.stages.map((stage) => stage.order));
  const involved = new Set<string>();
  for (const interaction of interactions) {
    const { from, to } = rolesOf(blueprint, interaction);
    if (from !== undefined) involved.add(from);
    if (to !== undefined) involved.add(to);
  }
  const deviations: Deviation[] = [];
  for (const role of blueprint.roles) {
    if (role.side !== 'customer' || involved.has(role.id)) continue;
    let firstStage: { id: string; order: number } | undefined;
    for (const t of blueprint.transactions) {
      const order = orderOf.get(t.stage);
      if ((t.from !== role.id && t.to !== role.id) || order === undefined || order > currentOrder) continue;
      if (!firstStage || order < firstStage.order) firstStage = { id: t.stage, order };
    }
    if (!firstStage) continue;
    deviations.push({
      kind: 'uncovered-role',
      severity: 'medium',
      stageId: firstStage.id,
      roleId: role.id,
      traceEvents: [],
      interactions: [],
      message: `No one has engaged ${roleLabel(blueprint, role.id)} yet, although the blueprint involves them from ${stageLabel(blueprint, firstStage.id)}.`
    });
  }
  return deviations;
}

/**
 * Single-threaded (severity high): every exchange with the customer went through one and the same
 * person. Customer contacts are the participants on the customer side of an exchange (by the recorded
 * role, else the recognised transaction's role), compared trimmed and case-insensitively. No customer
 * contact at all is not single-threading (uncovered roles report that). Stage: the current stage.
 */
export function findSingleThreading(blueprint: Blueprint, opportunity: Pick<Opportunity, 'stageHistory'>, interactions: readonly Interaction[]): Deviation[] {
  const sideOf = new Map<string, RoleSide>(blueprint.roles.map((role) => [role.id, role.side]));
  const contacts = new Map<string, string>();
  const witnesses: number[] = [];
  interactions.forEach((interaction, index) => {
    const { from, to } = rolesOf(blueprint, interaction);
    let touched = false;
    for (const [role, participant] of [[from, interaction.fromParticipant], [to, interaction.toParticipant]] as const) {
      if (role === undefined || participant === undefined || sideOf.get(role) !== 'customer' || participant.trim() === '') continue;
      const key = participant.trim().toLowerCase();
      if (!contacts.has(key)) contacts.set(key, participant.trim());
      touched = true;
    }
    if (touched) witnesses.push(index);
  });
  if (contacts.size !== 1) return [];
  const stageId = currentStageId(opportunity);
  const contact = [...contacts.values()][0];
  return [
    {
      kind: 'single-threaded',
      severity: 'high',
      ...(stageId !== undefined ? { stageId } : {}),
      traceEvents: [],
      interactions: witnesses,
      message: `Single-threaded: every customer exchange so far went through ${contact}. Engage more people on the customer side.`
    }
  ];
}
