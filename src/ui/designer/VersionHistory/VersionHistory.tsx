import * as React from 'react';
import { DefaultButton, Dropdown, Stack, useTheme } from '@fluentui/react';
import type { Blueprint } from '../../../core/model';
import { BlueprintDiffView } from '../../lifecycle/BlueprintDiffView';
import { formatWhen } from '../../lifecycle/formatWhen';
import { getVersionHistoryClassNames } from './VersionHistory.styles';
import type { IVersionHistoryProps } from './VersionHistory.types';

/** The key of the editor's own content among the compared versions. */
const EDITING = 'editing';

/**
 * Every published version, newest first, with who published it and when; any two of them (or a
 * version and the draft being edited) compared as sentences; and, for people who may publish, a
 * roll back that publishes an earlier version again as the next one.
 */
export function VersionHistory(props: IVersionHistoryProps): React.ReactElement {
  const { strings, versions } = props;
  const classNames = getVersionHistoryClassNames(useTheme());
  const [from, setFrom] = React.useState<string | undefined>(undefined);
  const [to, setTo] = React.useState<string>(EDITING);
  if (!versions) return <p>{strings.historyHeading}…</p>;
  const live = versions[0];
  const fromKey = from ?? (live ? String(live.blueprint.version) : EDITING);
  const contentOf = (key: string): Blueprint | undefined => (key === EDITING ? props.editing : versions.find((v) => String(v.blueprint.version) === key)?.blueprint);
  const options = [
    { key: EDITING, text: strings.draftOption(props.editingVersion) },
    ...versions.map((v) => ({ key: String(v.blueprint.version), text: `v${v.blueprint.version}` }))
  ];
  const before = contentOf(fromKey);
  const after = contentOf(to);
  const chosen = versions.find((v) => String(v.blueprint.version) === fromKey);
  return (
    <div className={classNames.root}>
      <section className={classNames.list} aria-labelledby="vn-history-heading">
        <h4 id="vn-history-heading" className={classNames.heading}>{strings.historyHeading}</h4>
        {versions.length === 0 && <p>{strings.noVersions}</p>}
        {versions.map((v) => (
          <DefaultButton
            key={v.blueprint.version}
            toggle
            checked={String(v.blueprint.version) === fromKey}
            text={strings.versionLine(v.blueprint.version, v === live, v.modifiedBy, formatWhen(props.locale, v.modifiedAt), v.restoredFrom)}
            onClick={() => setFrom(String(v.blueprint.version))}
          />
        ))}
      </section>
      <section className={classNames.diff} aria-live="polite">
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
          <Dropdown label={strings.compareFrom} selectedKey={fromKey} options={options} onChange={(_e, o) => o && setFrom(String(o.key))} styles={{ root: { minWidth: 160 } }} />
          <Dropdown label={strings.compareTo} selectedKey={to} options={options} onChange={(_e, o) => o && setTo(String(o.key))} styles={{ root: { minWidth: 160 } }} />
          {props.canPublish && chosen && chosen !== live && (
            <DefaultButton iconProps={{ iconName: 'History' }} text={strings.rollBack(chosen.blueprint.version)} disabled={props.busy} onClick={() => props.onRollBack(chosen.blueprint.version)} />
          )}
        </Stack>
        {before && after && <BlueprintDiffView before={before} after={after} strings={strings} />}
      </section>
    </div>
  );
}
