import type { Blueprint, Stage, Transaction } from '../../core/model';
import type { XmlNodeToWrite } from '../xml/writeXml';
import { BpelPlan, linkKey } from './bpelPlan';

/** Which WS-BPEL 2.0 profile to write; see `exportBpel` for why abstract is the default. */
export type BpelProfile = 'abstract' | 'executable';

/**
 * The scope of one stage: deadlines as `onAlarm` event handlers, then a `flow` holding one activity
 * per transaction, with a `link` for every precedence inside the stage. A stage without transactions
 * holds an `empty` activity because a scope must hold exactly one activity.
 */
export function stageScope(stage: Stage, plan: BpelPlan, blueprint: Blueprint, profile: BpelProfile): XmlNodeToWrite {
  const transactions = plan.transactionsByStage.get(stage.id) ?? [];
  const alarms = transactions.filter((t) => t.due !== undefined && t.due.afterTransactionId === undefined).map((t) => dueAlarm(t, plan));
  const children: XmlNodeToWrite[] = [
    doc(`Stage ${stage.order}: ${stage.name}. Exit criteria: at least ${stage.exitCriteria.minSellingActions} selling and ${stage.exitCriteria.minBuyingActions} buying actions.`)
  ];
  if (alarms.length > 0) {
    children.push({ name: 'eventHandlers', children: alarms });
  }
  const stageLinks = transactions.flatMap((t) => t.precededBy.map((p) => plan.links.get(linkKey(p, t.id))).filter(isDefined));
  children.push(
    transactions.length === 0
      ? { name: 'empty', attributes: { name: `${plan.scopes.get(stage.id)}_empty` } }
      : {
          name: 'flow',
          children: [
            ...(stageLinks.length > 0 ? [{ name: 'links', children: stageLinks.map((name) => ({ name: 'link', attributes: { name } })) }] : []),
            ...transactions.map((t) => transactionActivity(t, plan, blueprint, profile))
          ]
        }
  );
  return {
    name: 'scope',
    attributes: {
      name: plan.scopes.get(stage.id),
      'vn:stage': stage.id,
      'vn:name': stage.name,
      'vn:order': stage.order,
      'vn:position': blueprint.stages.indexOf(stage),
      'vn:minSellingActions': stage.exitCriteria.minSellingActions,
      'vn:minBuyingActions': stage.exitCriteria.minBuyingActions
    },
    children
  };
}

/** Name of the variable holding a transaction's message (executable profile). BPEL variable names exclude `.`. */
export function messageVariable(activityName: string): string {
  return `${activityName.replace(/\./g, '_')}_msg`;
}

function transactionActivity(t: Transaction, plan: BpelPlan, blueprint: Blueprint, profile: BpelProfile): XmlNodeToWrite {
  const name = plan.activities.get(t.id) ?? t.id;
  const kind = plan.kinds.get(t.id);
  const from = plan.roleById.get(t.from);
  const to = plan.roleById.get(t.to);
  const extensionAttributes = {
    'vn:transaction': t.id,
    'vn:sequence': t.sequence,
    'vn:position': blueprint.transactions.indexOf(t),
    'vn:from': t.from,
    'vn:to': t.to,
    'vn:deliverable': t.deliverable,
    'vn:kind': t.kind,
    'vn:required': t.required,
    'vn:minCount': t.minCount,
    'vn:dueDays': t.due?.days,
    'vn:dueAfter': t.due?.afterTransactionId
  };
  const dueText = t.due === undefined ? '' : ` Due ${t.due.days} days after ${t.due.afterTransactionId === undefined ? 'entering the stage' : `transaction ${t.due.afterTransactionId}`}.`;
  const standardElements: XmlNodeToWrite[] = [
    doc(`${t.sequence}. ${t.deliverable} (${t.kind}) from ${from?.name ?? t.from} to ${to?.name ?? t.to}.${dueText}`),
    ...t.precededBy.map((p) => ({ name: 'vn:precededBy', attributes: { transaction: p } })),
    ...linkContainer('targets', 'target', t.precededBy.map((p) => plan.links.get(linkKey(p, t.id))).filter(isDefined)),
    ...linkContainer('sources', 'source', successorLinks(t, plan))
  ];
  const link = plan.partnerLinks.get(t.to);
  const executable = profile === 'executable';
  if (kind === 'receive') {
    return {
      name: 'receive',
      attributes: { name, partnerLink: link, portType: `tns:${link}PT`, operation: name, variable: executable ? messageVariable(name) : undefined, ...extensionAttributes },
      children: standardElements
    };
  }
  if (kind === 'invoke') {
    return {
      name: 'invoke',
      attributes: { name, partnerLink: link, portType: `tns:${link}PT`, operation: name, inputVariable: executable ? messageVariable(name) : undefined, ...extensionAttributes },
      children: standardElements
    };
  }
  return {
    name: 'extensionActivity',
    children: [{ name: 'vn:exchange', attributes: { name, ...extensionAttributes }, children: standardElements }]
  };
}

function successorLinks(t: Transaction, plan: BpelPlan): string[] {
  const names: string[] = [];
  for (const [, successors] of plan.transactionsByStage) {
    for (const s of successors) {
      const name = plan.links.get(linkKey(t.id, s.id));
      if (name !== undefined) {
        names.push(name);
      }
    }
  }
  return names;
}

function dueAlarm(t: Transaction, plan: BpelPlan): XmlNodeToWrite {
  const days = t.due?.days ?? 0;
  const activity = plan.activities.get(t.id) ?? t.id;
  // xs:duration allows a fraction only on seconds, so fractional days are written in seconds.
  const duration = Number.isInteger(days) ? `P${days}D` : `PT${Math.round(days * 86400)}S`;
  return {
    name: 'onAlarm',
    children: [
      doc(`Deadline: ${t.deliverable} (${t.id}) is due ${days} days after the stage starts; the alarm marks it overdue.`),
      { name: 'for', text: `'${duration}'` },
      { name: 'scope', children: [{ name: 'empty', attributes: { name: `${activity}_overdue` } }] }
    ]
  };
}

function linkContainer(container: string, item: string, linkNames: readonly string[]): XmlNodeToWrite[] {
  return linkNames.length === 0 ? [] : [{ name: container, children: linkNames.map((linkName) => ({ name: item, attributes: { linkName } })) }];
}

function doc(text: string): XmlNodeToWrite {
  return { name: 'documentation', text };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
