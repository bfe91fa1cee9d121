import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { BlueprintDiffView } from '../BlueprintDiffView';
import { getDraftChangesClassNames } from './DraftChanges.styles';
import type { IDraftChangesProps } from './DraftChanges.types';

/**
 * What the working draft changes against the live version, open by default, so that a draft someone
 * else started (or the accepted blueprint proposals) shows its differences as soon as the editor opens.
 */
export function DraftChanges(props: IDraftChangesProps): React.ReactElement {
  const classNames = getDraftChangesClassNames(useTheme());
  return (
    <details className={classNames.root} open data-testid="draft-changes">
      <summary className={classNames.summary}>{props.summary}</summary>
      <div className={classNames.body}>
        <BlueprintDiffView before={props.live} after={props.draft} strings={props.strings} />
      </div>
    </details>
  );
}
