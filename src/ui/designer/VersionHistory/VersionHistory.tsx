import * as React from 'react';
import { DefaultButton, useTheme } from '@fluentui/react';
import { diffBlueprints, isEmptyDiff, type CollectionDiff, type FieldValue } from '../diffBlueprints';
import type { DesignerStrings } from '../../i18n/designer';
import { getVersionHistoryClassNames } from './VersionHistory.styles';
import type { IVersionHistoryProps } from './VersionHistory.types';

function show(value: FieldValue, strings: DesignerStrings): string {
  if (value === undefined || value === '') return strings.empty;
  return Array.isArray(value) ? (value.length === 0 ? strings.empty : value.join(', ')) : String(value);
}

function Collection(props: { title: string; diff: CollectionDiff; strings: DesignerStrings; className: string }): React.ReactElement {
  const { diff, strings } = props;
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) return <></>;
  return (
    <>
      <h5>{props.title}</h5>
      <ul className={props.className}>
        {diff.added.map((a) => <li key={`a-${a.id}`}>{strings.added}: {a.label}</li>)}
        {diff.removed.map((r) => <li key={`r-${r.id}`}>{strings.removed}: {r.label}</li>)}
        {diff.changed.map((c) => (
          <li key={`c-${c.id}`}>
            {strings.changed}: {c.label}
            <ul>{c.changes.map((f) => <li key={f.field}>{strings.fieldChange(f.field, show(f.before, strings), show(f.after, strings))}</li>)}</ul>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The blueprint's stored versions, newest first; choosing one shows what changed from it to the editor. */
export function VersionHistory(props: IVersionHistoryProps): React.ReactElement {
  const { strings, versions } = props;
  const classNames = getVersionHistoryClassNames(useTheme());
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  if (!props.saved) return <p>{strings.notSavedYet}</p>;
  if (!versions) return <p>{strings.loading}</p>;
  if (versions.length === 0) return <p>{strings.noHistory}</p>;
  const version = versions.find((v) => v.label === chosen);
  const diff = version ? diffBlueprints(version.blueprint, props.current) : undefined;
  const when = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <div className={classNames.root}>
      <section className={classNames.list} aria-labelledby="vn-history-heading">
        <h4 id="vn-history-heading" className={classNames.heading}>{strings.historyHeading}</h4>
        {versions.map((v) => (
          <DefaultButton
            key={v.label}
            toggle
            checked={v.label === chosen}
            text={`${strings.version(v.label, v.isCurrent)} · ${strings.statuses[v.blueprint.status]} ${v.blueprint.version} · ${when.format(v.modifiedAt)} UTC`}
            ariaDescription={strings.compareWith}
            onClick={() => setChosen(v.label)}
          />
        ))}
      </section>
      <section className={classNames.diff} aria-live="polite">
        {version && diff && (
          <>
            <h4 className={classNames.heading}>{strings.diffHeading(version.label)}</h4>
            {isEmptyDiff(diff) && <p>{strings.noDifferences}</p>}
            {diff.blueprint.length > 0 && (
              <>
                <h5>{strings.blueprintFields}</h5>
                <ul className={classNames.group}>{diff.blueprint.map((f) => <li key={f.field}>{strings.fieldChange(f.field, show(f.before, strings), show(f.after, strings))}</li>)}</ul>
              </>
            )}
            <Collection title={strings.roles} diff={diff.roles} strings={strings} className={classNames.group} />
            <Collection title={strings.stages} diff={diff.stages} strings={strings} className={classNames.group} />
            <Collection title={strings.transactions} diff={diff.transactions} strings={strings} className={classNames.group} />
          </>
        )}
      </section>
    </div>
  );
}
