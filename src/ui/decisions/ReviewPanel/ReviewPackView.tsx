import * as React from 'react';
import { DefaultButton, useTheme } from '@fluentui/react';
import { decisionsStringsFor } from '../../i18n/decisions';
import { ensurePrintRule, getReviewPanelClassNames } from './ReviewPanel.styles';
import type { IReviewPackViewProps } from './ReviewPanel.types';

/** The review pack of one closed deal, on screen and printable (Print prints the pack alone). */
export function ReviewPackView(props: IReviewPackViewProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const classNames = getReviewPanelClassNames(useTheme());
  React.useEffect(ensurePrintRule, []);
  const { opportunity, blueprint, pack, deviations, model } = props.review;
  const date = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const when = (ms: number | undefined): string => (ms === undefined ? '–' : date.format(ms));
  const stage = (id: string): string => blueprint.stages.find((s) => s.id === id)?.name ?? id;
  const role = (id: string | undefined): string => (id === undefined ? '?' : blueprint.roles.find((r) => r.id === id)?.name ?? id);
  const amount = new Intl.NumberFormat(props.locale, { style: 'currency', currency: opportunity.currency ?? 'EUR', maximumFractionDigits: 0 }).format(opportunity.amount);
  const percent = new Intl.NumberFormat(props.locale, { style: 'percent', maximumFractionDigits: 0 });
  const name = opportunity.name ?? opportunity.account;
  const modelLabel = model.model === 'logistic' ? `logistic (${model.trainedOn.won} / ${model.trainedOn.lost})` : 'blueprint distance';
  return (
    <article className={classNames.pack} aria-label={strings.reviewOf(name)} data-testid="review-pack">
      <div className={classNames.actions}>
        <h4 className={classNames.heading}>{strings.reviewOf(name)}</h4>
        <DefaultButton text={strings.print} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
      </div>
      <p data-testid="review-deal">{strings.dealLine(opportunity.account, strings.outcomes[opportunity.status], when(pack.closedAt), amount)}</p>
      <p data-testid="review-prepared">{strings.preparedLine(new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(props.preparedAt) + ' UTC', props.preparedBy)}</p>
      <h5 className={classNames.heading}>{strings.timelineHeading}</h5>
      <table className={classNames.table}>
        <thead>
          <tr>
            <th>{strings.timelineColumns.exchange}</th>
            <th>{strings.timelineColumns.stage}</th>
            <th>{strings.timelineColumns.expectedBy}</th>
            <th>{strings.timelineColumns.doneAt}</th>
            <th>{strings.timelineColumns.status}</th>
          </tr>
        </thead>
        <tbody>
          {pack.timeline.map((t) => (
            <tr key={t.transactionId} data-status={t.status}>
              <td>{t.deliverable}{t.required ? '' : ` (${strings.optional})`}</td>
              <td>{stage(t.stageId)}</td>
              <td>{when(t.expectedBy)}</td>
              <td>{when(t.doneAt)}</td>
              <td className={classNames.status}>{strings.timelineStatuses[t.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h5 className={classNames.heading}>{strings.unexpectedHeading}</h5>
      {pack.unexpected.length === 0 ? (
        <p>{strings.noUnexpected}</p>
      ) : (
        <ul data-testid="review-unexpected">{pack.unexpected.map((u, i) => <li key={i}>{`${when(u.at)}: "${u.activity}" (${role(u.fromRole)} → ${role(u.toRole)})`}</li>)}</ul>
      )}
      <h5 className={classNames.heading}>{strings.deviationsHeading}</h5>
      {deviations.length === 0 ? <p>{strings.noDeviations}</p> : <ul data-testid="review-deviations">{deviations.map((d, i) => <li key={i}>{d.message}</li>)}</ul>}
      <h5 className={classNames.heading}>{strings.scoreHistoryHeading}</h5>
      <ul data-testid="review-scores">{pack.scoreHistory.map((h, i) => <li key={i}>{strings.scoreAt(stage(h.stageId), when(h.at), percent.format(h.score.probability))}</li>)}</ul>
      <p>{strings.scoredBy(modelLabel)}</p>
    </article>
  );
}
