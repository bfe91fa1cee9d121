import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import type { Blueprint } from '../../../core/model';
import { coachingStringsFor } from '../../i18n/coaching';
import { formatAmount, formatNumber, formatPercent } from '../format';
import type { AttentionReason, DealNeedingAttention, NextAction } from '../model/dealsNeedingAttention';
import { personName } from '../model/personName';
import { getCoachingViewClassNames } from './CoachingView.styles';

export interface IAttentionListProps {
  readonly deals: readonly DealNeedingAttention[];
  readonly blueprint: Blueprint;
  readonly currency: string | undefined;
  readonly locale: string;
  readonly onOpen: (opportunityId: string) => void;
}

/** Text of one reason, with names of stages, roles and exchanges (never ids). */
export function reasonText(reason: AttentionReason, blueprint: Blueprint, locale: string): string {
  const strings = coachingStringsFor(locale);
  const stage = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
  const role = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  switch (reason.kind) {
    case 'overdue': return strings.overdue(reason.transactions.map((t) => t.deliverable).join(', '));
    case 'stuck': return strings.stuckReason(stage(reason.stageId), formatNumber(Math.floor(reason.daysInStage), locale, ''), formatNumber(reason.medianDays, locale, ''));
    case 'roles': return strings.rolesReason(reason.roleIds.map(role).join(', '));
    case 'low-score': return strings.lowScore(formatPercent(reason.score, locale, ''));
  }
}

/** Text of the next action. */
export function nextActionText(action: NextAction, blueprint: Blueprint, locale: string): string {
  const strings = coachingStringsFor(locale);
  const role = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  switch (action.kind) {
    case 'make-exchange': return strings.makeExchange(action.transaction.deliverable, role(action.transaction.from), role(action.transaction.to));
    case 'engage-role': return strings.engageRole(role(action.roleId));
    case 'agree-next-step': return strings.agreeNextStep(blueprint.stages.find((s) => s.id === action.stageId)?.name ?? action.stageId);
    case 'review-deal': return strings.reviewDeal;
  }
}

/** The ranked deals that need attention, each with its reasons and one next action; an ordered list for screen readers. */
export function AttentionList(props: IAttentionListProps): React.ReactElement {
  const strings = coachingStringsFor(props.locale);
  const theme = useTheme();
  const classNames = getCoachingViewClassNames(theme);
  return (
    <section aria-labelledby="vn-attention-heading">
      <h3 id="vn-attention-heading" className={classNames.heading}>{strings.attentionHeading}</h3>
      <p className={classNames.description}>{strings.attentionDescription}</p>
      {props.deals.length === 0 ? (
        <p>{strings.attentionNone}</p>
      ) : (
        <ol className={classNames.list} data-testid="attention">
          {props.deals.map(({ record, reasons, nextAction }) => {
            const o = record.opportunity;
            const name = o.name ?? o.id;
            return (
              <li key={o.id} className={classNames.item} data-opportunity={o.id}>
                <Link onClick={() => props.onOpen(o.id)} aria-label={strings.openDeal(name)} styles={{ root: { color: theme.semanticColors.bodyText, textDecoration: 'underline', fontWeight: 600 } }}>{name}</Link>
                {' · '}{o.account} · {personName(o.owner)} · {formatAmount(o.amount, props.locale, o.currency ?? props.currency)}
                <ul className={classNames.reasons} data-testid="attention-reasons">
                  {reasons.map((r) => <li key={r.kind}>{reasonText(r, props.blueprint, props.locale)}</li>)}
                </ul>
                <span data-testid="attention-next"><strong>{strings.nextAction}:</strong> {nextActionText(nextAction, props.blueprint, props.locale)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
