import * as React from 'react';
import { ActionButton, useTheme } from '@fluentui/react';
import { alertStringsFor } from '../../i18n/alerts';
import { formatDate } from '../format';
import { getAlertFeedClassNames } from './AlertFeed.styles';
import type { IAlertFeedProps } from './AlertFeed.types';

/**
 * The alerts sent for my deals (a seller) or my team (a manager): what each said, its delivery state,
 * how many deals it covers, and who acknowledged it. "Show these deals" filters the opportunity list
 * to exactly the alert's deals, as the alert's deep link does.
 */
export function AlertFeed(props: IAlertFeedProps): React.ReactElement {
  const strings = alertStringsFor(props.locale);
  const classNames = getAlertFeedClassNames(useTheme());
  return (
    <section className={classNames.root} aria-labelledby="vn-alerts-heading" data-testid="alert-feed">
      <h3 id="vn-alerts-heading" className={classNames.heading}>{strings.heading}</h3>
      {props.items.length === 0 ? (
        <p>{strings.none}</p>
      ) : (
        <ul className={classNames.list}>
          {props.items.map((item) => {
            const r = item.record;
            return (
              <li key={r.dedupeKey} className={r.dedupeKey === props.selectedKey ? `${classNames.item} ${classNames.selected}` : classNames.item} data-alert={r.dedupeKey}>
                <div className={classNames.title}>{strings.levels[r.severity]} · {r.summary}</div>
                <div className={classNames.meta}>
                  {[
                    strings.states[item.state] + (item.state === 'failed' && r.lastError ? `: ${r.lastError}` : ''),
                    strings.deals(item.dealCount),
                    strings.recorded(formatDate(r.recordedAt, props.locale, '')),
                    ...(r.acknowledgedBy !== undefined ? [strings.acknowledged(props.nameOf(r.acknowledgedBy), formatDate(r.acknowledgedAt, props.locale, ''))] : []),
                    ...(r.snoozedUntil !== undefined && r.snoozedUntil > props.now ? [strings.snoozedUntil(formatDate(r.snoozedUntil, props.locale, ''))] : [])
                  ].join(' · ')}
                </div>
                <div className={classNames.actions}>
                  {item.dealCount > 0 && <ActionButton iconProps={{ iconName: 'Filter' }} onClick={() => props.onShowDeals(item)}>{strings.showDeals}</ActionButton>}
                  {r.acknowledgedBy === undefined && <ActionButton iconProps={{ iconName: 'CheckMark' }} onClick={() => props.onAcknowledge(item)}>{strings.acknowledge}</ActionButton>}
                  {props.onSnooze !== undefined && r.dealIds !== undefined && (r.snoozedUntil === undefined || r.snoozedUntil <= props.now) && (
                    <ActionButton iconProps={{ iconName: 'Snooze' }} onClick={() => props.onSnooze?.(item)}>{strings.snooze}</ActionButton>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
