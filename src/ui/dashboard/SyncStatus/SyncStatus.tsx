import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { syncStringsFor } from '../../i18n/sync';
import { formatDate } from '../format';
import { getSyncStatusClassNames } from './SyncStatus.styles';
import type { ISyncStatusProps } from './SyncStatus.types';

/**
 * The last Microsoft 365 sync run: when, over which sources, what it brought in, and the items it
 * could not match to an exchange, grouped by source kind, reason and subject pattern, each group
 * with what would match it (a recognition rule in the Technical Blueprint, or people in roles).
 */
export function SyncStatus(props: ISyncStatusProps): React.ReactElement {
  const strings = syncStringsFor(props.locale);
  const classNames = getSyncStatusClassNames(useTheme());
  const s = props.summary;
  return (
    <section className={classNames.root} aria-labelledby="vn-sync-heading" data-testid="sync-status">
      <h3 id="vn-sync-heading" className={classNames.heading}>{strings.heading}</h3>
      {s === undefined ? (
        <p>{strings.never}</p>
      ) : (
        <>
          <p>
            {strings.lastRun(formatDate(s.ranAt, props.locale, ''), s.sources.length, s.sources.filter((x) => x.error !== undefined).length)}{' '}
            {strings.broughtIn(s.recognised, s.stored, s.alreadyStored, s.failed)} {strings.unmatched(s.unmatched)}
          </p>
          {s.sources.filter((x) => x.error !== undefined).map((x) => <p key={x.sourceKey} className={classNames.error}>{strings.sourceFailed(x.displayName ?? x.sourceKey, x.error ?? '')}</p>)}
          {s.groups.length > 0 && (
            <>
              <h4 className={classNames.subheading}>{strings.groupsHeading}</h4>
              <table className={classNames.table}>
                <thead>
                  <tr>
                    <th scope="col">{strings.columns.kind}</th>
                    <th scope="col">{strings.columns.reason}</th>
                    <th scope="col">{strings.columns.pattern}</th>
                    <th scope="col" className={classNames.number}>{strings.columns.count}</th>
                    <th scope="col">{strings.columns.examples}</th>
                    <th scope="col">{strings.columns.fix}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.groups.map((g) => (
                    <tr key={`${g.kind}|${g.reason}|${g.pattern}`} data-group={g.pattern}>
                      <td>{strings.kinds[g.kind]}</td>
                      <td>{strings.reasons[g.reason]}</td>
                      <td>{g.pattern}</td>
                      <td className={classNames.number}>{g.count}</td>
                      <td>{g.examples.join(' · ')}</td>
                      <td>{g.reason === 'no-recognition-rule' ? strings.fixRule(strings.kinds[g.kind], g.pattern) : g.reason === 'incomplete-task' ? strings.fixNone : strings.fixPeople}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
