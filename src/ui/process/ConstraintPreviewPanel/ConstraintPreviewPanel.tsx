import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { getConstraintPreviewPanelClassNames } from './ConstraintPreviewPanel.styles';
import type { IConstraintPreviewPanelProps } from './ConstraintPreviewPanel.types';

/**
 * The compiled constraints in plain language, per stage. A polite live region, so screen readers
 * hear the rules change while the user edits; `data-constraint` carries each constraint's id.
 */
export function ConstraintPreviewPanel(props: IConstraintPreviewPanelProps): React.ReactElement {
  const { preview, strings } = props;
  const classNames = getConstraintPreviewPanelClassNames(useTheme());
  return (
    <aside className={classNames.root} aria-label={strings.previewHeading}>
      <h4 className={classNames.heading}>{strings.previewHeading}</h4>
      <div aria-live="polite">
        {preview.ok ? (
          preview.stages.map((stage) => (
            <React.Fragment key={stage.stageId}>
              <h5 className={classNames.stage}>{stage.stageName}</h5>
              <ul className={classNames.list}>
                {stage.sentences.map((s) => (
                  <li key={s.id} data-constraint={s.id} className={s.id.startsWith('exit:') ? classNames.exit : undefined}>{s.text}</li>
                ))}
              </ul>
            </React.Fragment>
          ))
        ) : (
          <>
            <p>{strings.previewProblem}</p>
            <ul className={classNames.list}>
              {preview.problems.map((p) => <li key={`${p.path}:${p.code}`}>{p.message}</li>)}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}
