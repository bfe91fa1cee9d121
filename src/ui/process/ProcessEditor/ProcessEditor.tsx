import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Pivot, PivotItem, PrimaryButton, Spinner, useTheme } from '@fluentui/react';
import type { ValidationProblem } from '../../../core';
import type { Blueprint } from '../../../core/model';
import { validateTechnicalBlueprint, validateBlueprint, EMPTY_TECHNICAL_BLUEPRINT } from '../../../core/model';
import { lifecycleStringsFor } from '../../i18n/lifecycle';
import { processStringsFor } from '../../i18n/process';
import { LifecycleBar, ReadOnlyContext, useBlueprintDocument, type DocumentEditor } from '../../lifecycle';
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

/** A placeholder until the blueprint is read: never stored, never shown editable. */
const LOADING: Blueprint = { id: '', name: '', version: 1, status: 'draft', roles: [], stages: [], transactions: [] };

/**
 * Edits one blueprint's Business Blueprint (stages, exit criteria, activity order, due days) and
 * Technical Blueprint (recognition, alert rules) in its working draft, with the compiled constraints
 * previewed live; what is live changes only when someone who may publish publishes the draft.
 */
export function ProcessEditor(props: IProcessEditorProps): React.ReactElement {
  const strings = processStringsFor(props.locale);
  const lifecycle = lifecycleStringsFor(props.locale);
  const classNames = getProcessEditorClassNames(useTheme());
  const [state, dispatch] = React.useReducer(processReducer, LOADING, initialProcessState);
  const editor = React.useMemo<DocumentEditor>(
    () => ({ load: (blueprint) => dispatch({ type: 'load', blueprint }), saved: (blueprint) => dispatch({ type: 'saved', blueprint }), blank: () => LOADING }),
    []
  );
  const doc = useBlueprintDocument(props.store, lifecycle, editor, { preferredId: props.blueprintId, publisherGroup: props.publisherGroup, deals: props.deals });
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const { canEdit, canPublish } = doc.state.access;
  const draft = state.draft;
  const technical = draft.technical ?? EMPTY_TECHNICAL_BLUEPRINT;
  const preview = React.useMemo(() => constraintPreview(draft, strings), [draft, strings]);
  const blueprintProblems = React.useMemo(() => validateBlueprint(draft), [draft]);
  const technicalProblems = React.useMemo(() => validateTechnicalBlueprint(technical, draft), [technical, draft]);
  const problems = [...blueprintProblems, ...technicalProblems];
  const run = (work: Promise<void>): void => {
    work.catch(doc.fail);
  };

  const dirty = isDirty(state);
  const busy = doc.state.busy;
  if (doc.state.phase === 'loading') return <Spinner label={strings.loading} ariaLive="polite" />;
  const storedDraft = doc.state.draft;
  return (
    <div className={classNames.root}>
      {canEdit && (
        <div className={classNames.toolbar}>
          <PrimaryButton text={lifecycle.saveDraft} disabled={!dirty || busy} onClick={() => run(doc.saveDraft(draft))} />
          {canPublish && <DefaultButton text={lifecycle.publish} iconProps={{ iconName: 'PublishContent' }} disabled={busy || problems.length > 0 || (!dirty && !storedDraft)} onClick={() => run(doc.publish(draft, dirty))} />}
          <DefaultButton text={lifecycle.discardDraft} iconProps={{ iconName: 'Delete' }} disabled={busy || !storedDraft} onClick={() => setConfirmDiscard(true)} />
        </div>
      )}
      <LifecycleBar doc={doc} edited={draft} dirty={dirty} locale={props.locale} strings={lifecycle} discardOpen={confirmDiscard} onDiscardClosed={() => setConfirmDiscard(false)} />
      {canEdit && problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {strings.problemsHeading(problems.length)}
          <ul>{problems.map((p) => <li key={`${p.path}:${p.code}`}>{p.message}</li>)}</ul>
        </MessageBar>
      )}
      <ReadOnlyContext.Provider value={!canEdit}>
      <Pivot aria-label={strings.blueprintLabel} overflowBehavior="menu" overflowAriaLabel={strings.moreTabs}>
        <PivotItem headerText={strings.tabs.stages} itemKey="stages">
          <fieldset disabled={!canEdit} className={`${classNames.fieldset} ${classNames.columns} ${classNames.tab}`}>
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
          </fieldset>
        </PivotItem>
        <PivotItem headerText={strings.tabs.recognition} itemKey="recognition">
          <fieldset disabled={!canEdit} className={`${classNames.fieldset} ${classNames.tab}`}>
            <RecognitionEditor blueprint={draft} strings={strings} dispatch={dispatch} problemsByPath={byPath(technicalProblems)} />
          </fieldset>
        </PivotItem>
        <PivotItem headerText={strings.tabs.alerts} itemKey="alerts">
          <fieldset disabled={!canEdit} className={`${classNames.fieldset} ${classNames.tab}`}>
            <AlertRulesEditor rules={technical.alertRules} strings={strings} dispatch={dispatch} problemsByPath={byPath(technicalProblems)} nextRuleId={nextAlertRuleId(technical)} />
          </fieldset>
        </PivotItem>
      </Pivot>
      </ReadOnlyContext.Provider>
    </div>
  );
}
