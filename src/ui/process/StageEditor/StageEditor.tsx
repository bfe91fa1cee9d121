import * as React from 'react';
import { IconButton, Label, TextField, useTheme } from '@fluentui/react';
import type { ExitCriteria } from '../../../core/model';
import { stageActivities } from '../processEdits';
import { getStageEditorClassNames } from './StageEditor.styles';
import type { IStageEditorProps } from './StageEditor.types';

/** Whole number from a number field; `undefined` for an empty field (NaN is kept so validation reports it). */
function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return Number(value);
}

/**
 * One stage: its exit criteria (minimum selling and buying actions), its activities in order with
 * keyboard-operable move up/down buttons, and each activity's due days.
 */
export function StageEditor(props: IStageEditorProps): React.ReactElement {
  const { blueprint, stage, stageIndex, strings, dispatch, problemsByPath } = props;
  const classNames = getStageEditorClassNames(useTheme());
  const activities = stageActivities(blueprint, stage.id);
  const roleName = (id: string): string => blueprint.roles.find((r) => r.id === id)?.name ?? id;
  const headingId = `vn-stage-${blueprint.id}-${stage.id}`;
  const criterion = (field: keyof ExitCriteria, label: string): React.ReactElement => (
    <TextField
      label={label}
      type="number"
      min={0}
      step={1}
      value={String(stage.exitCriteria[field])}
      errorMessage={problemsByPath.get(`/stages/${stageIndex}/exitCriteria/${field}`)}
      onChange={(_, value) => dispatch({ type: 'setExitCriterion', stageId: stage.id, field, value: parseCount(value) ?? 0 })}
    />
  );
  return (
    <section className={classNames.root} aria-labelledby={headingId}>
      <h4 id={headingId} className={classNames.heading}>{strings.stageHeading(stage.order, stage.name)}</h4>
      <div className={classNames.criteria}>
        {criterion('minSellingActions', strings.minSelling)}
        {criterion('minBuyingActions', strings.minBuying)}
      </div>
      {activities.length === 0 ? (
        <p>{strings.noActivities}</p>
      ) : (
        <ol className={classNames.activities} aria-label={`${strings.activitiesHeading}: ${stage.name}`}>
          {activities.map((t, i) => {
            const index = blueprint.transactions.indexOf(t);
            const anchor = blueprint.transactions.find((a) => a.id === t.due?.afterTransactionId);
            const rowId = `${headingId}-${t.id}`;
            return (
              <li key={t.id} className={classNames.activity}>
                <span className={classNames.activityName}>
                  {t.sequence}. <span id={`${rowId}-name`}>{t.deliverable}</span>
                  <span className={classNames.meta}>{roleName(t.from)} → {roleName(t.to)}</span>
                </span>
                <div className={classNames.controls}>
                  <div>
                    {/* Named by the label and the activity, so each row's field has its own accessible name. */}
                    <Label id={`${rowId}-due`} htmlFor={`${rowId}-due-input`}>{anchor ? strings.dueDaysAfter(anchor.deliverable) : strings.dueDays}</Label>
                    <TextField
                      id={`${rowId}-due-input`}
                      aria-labelledby={`${rowId}-due ${rowId}-name`}
                      type="number"
                      min={0}
                      value={t.due === undefined ? '' : String(t.due.days)}
                      errorMessage={problemsByPath.get(`/transactions/${index}/due/days`)}
                      onChange={(_, value) => dispatch({ type: 'setDueDays', transactionId: t.id, days: parseCount(value) })}
                    />
                  </div>
                  <IconButton
                    iconProps={{ iconName: 'Up' }}
                    ariaLabel={strings.moveUp(t.deliverable)}
                    title={strings.moveUp(t.deliverable)}
                    disabled={i === 0}
                    onClick={() => dispatch({ type: 'moveActivity', transactionId: t.id, direction: -1 })}
                  />
                  <IconButton
                    iconProps={{ iconName: 'Down' }}
                    ariaLabel={strings.moveDown(t.deliverable)}
                    title={strings.moveDown(t.deliverable)}
                    disabled={i === activities.length - 1}
                    onClick={() => dispatch({ type: 'moveActivity', transactionId: t.id, direction: 1 })}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
