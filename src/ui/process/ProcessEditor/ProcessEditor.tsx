import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton, useTheme } from '@fluentui/react';
import { ConcurrencyConflictError, ValueNetworksError, type ValidationProblem } from '../../../core/errors';
import { validateTechnicalBlueprint } from '../../../core/model/validateTechnicalBlueprint';
import { validateBlueprint } from '../../../core/model/validateBlueprint';
import { EMPTY_TECHNICAL_BLUEPRINT } from '../../../core/model/technicalBlueprint';
import { processStringsFor } from '../../i18n/process';
import { AlertRulesEditor } from '../AlertRulesEditor';
import { ConstraintPreviewPanel } from '../ConstraintPreviewPanel';
import { constraintPreview } from '../constraintPreview';
import { nextAlertRuleId } from '../processEdits';
import { initialProcessState, isDirty, processReducer } from '../processReducer';
import { RecognitionEditor } from '../RecognitionEditor';
import { StageEditor } from '../StageEditor';
import { getProcessEditorClassNames } from './ProcessEditor.styles';
import type { IProcessEditorProps } from './ProcessEditor.types';

const byPath = (problems: readonly ValidationProblem[]): Map<string, string> => new Map(problems.map((p) => [p.path, p.message]));

/**
 * Edits one blueprint's Business Blueprint (stages, exit criteria, activity order, due days) and
 * Technical Blueprint (recognition, alert rules), with the compiled constraints previewed live and
 * an ETag-guarded save.
 */
export function ProcessEditor(props: IProcessEditorProps): React.ReactElement {
  const strings = processStringsFor(props.locale);
  const classNames = getProcessEditorClassNames(useTheme());
  const [state, dispatch] = React.useReducer(processReducer, props.stored, initialProcessState);
  const draft = state.draft;
  const technical = draft.technical ?? EMPTY_TECHNICAL_BLUEPRINT;
  const preview = React.useMemo(() => constraintPreview(draft, strings), [draft, strings]);
  const blueprintProblems = React.useMemo(() => validateBlueprint(draft), [draft]);
  const technicalProblems = React.useMemo(() => validateTechnicalBlueprint(technical, draft), [technical, draft]);
  const problems = [...blueprintProblems, ...technicalProblems];
  const mounted = React.useRef(true);
  React.useEffect(() => () => { mounted.current = false; }, []);

  const save = (): void => {
    dispatch({ type: 'saving' });
    props.store
      .save(draft, state.stored.etag)
      .then((stored) => { if (mounted.current) dispatch({ type: 'saved', stored }); })
      .catch((error: unknown) => {
        if (!mounted.current) return;
        const conflict = error instanceof ConcurrencyConflictError;
        const message = conflict ? strings.conflict : error instanceof ValueNetworksError || error instanceof Error ? error.message : String(error);
        dispatch({ type: 'saveFailed', conflict, message });
      });
  };

  const dirty = isDirty(state);
  return (
    <div className={classNames.root}>
      <div className={classNames.toolbar}>
        <PrimaryButton text={strings.save} disabled={!dirty || problems.length > 0 || state.status === 'saving'} onClick={save} />
        <span className={classNames.status} role="status">{dirty ? strings.unsaved : state.status === 'saved' ? strings.saved : ''}</span>
      </div>
      {state.error && <MessageBar messageBarType={MessageBarType.error} isMultiline>{state.error}</MessageBar>}
      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.problemsHeading(problems.length)}
          <ul>{problems.map((p) => <li key={`${p.path}:${p.code}`}>{p.message}</li>)}</ul>
        </MessageBar>
      )}
      <Pivot aria-label={strings.blueprintLabel} overflowBehavior="menu" overflowAriaLabel={strings.moreTabs}>
        <PivotItem headerText={strings.tabs.stages} itemKey="stages">
          <div className={`${classNames.columns} ${classNames.tab}`}>
            <div className={classNames.stages}>
              {[...draft.stages].sort((a, b) => a.order - b.order).map((stage) => (
                <StageEditor
                  key={stage.id}
                  blueprint={draft}
                  stage={stage}
                  stageIndex={draft.stages.indexOf(stage)}
                  strings={strings}
                  dispatch={dispatch}
                  problemsByPath={byPath(blueprintProblems)}
                />
              ))}
            </div>
            <div className={classNames.preview}>
              <ConstraintPreviewPanel preview={preview} strings={strings} />
            </div>
          </div>
        </PivotItem>
        <PivotItem headerText={strings.tabs.recognition} itemKey="recognition">
          <div className={classNames.tab}>
            <RecognitionEditor blueprint={draft} strings={strings} dispatch={dispatch} problemsByPath={byPath(technicalProblems)} />
          </div>
        </PivotItem>
        <PivotItem headerText={strings.tabs.alerts} itemKey="alerts">
          <div className={classNames.tab}>
            <AlertRulesEditor rules={technical.alertRules} strings={strings} dispatch={dispatch} problemsByPath={byPath(technicalProblems)} nextRuleId={nextAlertRuleId(technical)} />
          </div>
        </PivotItem>
      </Pivot>
    </div>
  );
}
