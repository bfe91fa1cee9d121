import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, useTheme } from '@fluentui/react';
import type { UnmatchedGroup } from '../../../core/recognition';
import { patternWords } from '../../../core/recognition';
import { syncStringsFor } from '../../i18n/sync';
import { formatDate } from '../format';
import { getSyncStatusClassNames } from './SyncStatus.styles';
import type { ISyncStatusProps } from './SyncStatus.types';

function RuleCreator(props: { group: UnmatchedGroup; exchanges: NonNullable<ISyncStatusProps['exchanges']>; locale: string; onCreate: (group: UnmatchedGroup, transactionId: string) => void }): React.ReactElement {
  const strings = syncStringsFor(props.locale);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', marginTop: 4 }}>
      <Dropdown
        ariaLabel={strings.exchangeFor(props.group.pattern)}
        placeholder={strings.chooseExchange}
        options={props.exchanges.map((e) => ({ key: e.id, text: e.name }))}
        selectedKey={chosen ?? null}
        onChange={(_, option) => setChosen(option === undefined ? undefined : String(option.key))}
        styles={{ root: { minWidth: 180 } }}
      />
      <DefaultButton disabled={chosen === undefined} onClick={() => chosen !== undefined && props.onCreate(props.group, chosen)}>{strings.addRule}</DefaultButton>
    </div>
  );
}

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
          {props.notice !== undefined && (
            <MessageBar messageBarType={props.notice.kind === 'success' ? MessageBarType.success : MessageBarType.error} isMultiline data-testid="rule-notice">{props.notice.text}</MessageBar>
          )}
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
                      <td>
                        {g.reason === 'no-recognition-rule' ? strings.fixRule(strings.kinds[g.kind], patternWords(g.pattern)) : g.reason === 'incomplete-task' ? strings.fixNone : strings.fixPeople}
                        {g.reason === 'no-recognition-rule' && g.kind !== 'listItem' && props.onCreateRule !== undefined && props.exchanges !== undefined && (
                          <RuleCreator group={g} exchanges={props.exchanges} locale={props.locale} onCreate={props.onCreateRule} />
                        )}
                      </td>
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
