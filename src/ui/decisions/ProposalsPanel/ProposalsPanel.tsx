import * as React from 'react';
import { Checkbox, MessageBar, MessageBarType, PrimaryButton, DefaultButton, Spinner, useTheme } from '@fluentui/react';
import { ConcurrencyConflictError, acceptProposals, computeSiteProposals } from '../../../services';
import { decisionsStringsFor } from '../../i18n/decisions';
import { lifecycleStringsFor } from '../../i18n/lifecycle';
import { BlueprintDiffView } from '../../lifecycle/BlueprintDiffView';
import { useService } from '../../services';
import { proposalRows } from '../model/decisionsView';
import { getProposalsPanelClassNames } from './ProposalsPanel.styles';
import type { IProposalsPanelProps } from './ProposalsPanel.types';
import { INITIAL_PROPOSALS_STATE, proposalsReducer } from './proposalsReducer';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Blueprint proposals from the site's closed deals: each with its evidence and an Accept box; the
 * accepted set is saved as the blueprint's draft (never published). A set computed against a version
 * that is no longer live is refused with what changed, and computed again.
 */
export function ProposalsPanel(props: IProposalsPanelProps): React.ReactElement {
  const strings = decisionsStringsFor(props.locale);
  const lifecycle = lifecycleStringsFor(props.locale);
  const classNames = getProposalsPanelClassNames(useTheme());
  const blueprints = useService('blueprints');
  const opportunities = useService('opportunities');
  const interactions = useService('interactions');
  const [state, dispatch] = React.useReducer(proposalsReducer, INITIAL_PROPOSALS_STATE);
  const [canEdit, setCanEdit] = React.useState(false);
  const stores = React.useMemo(() => ({ blueprints, opportunities, interactions }), [blueprints, opportunities, interactions]);

  // The user's rights are read with the proposals, not when the page opens (the page's request budget).
  const find = (): void => {
    dispatch({ type: 'finding' });
    Promise.all([computeSiteProposals(stores, { now: props.clock() }), blueprints.access()]).then(
      ([set, access]) => {
        setCanEdit(access.canEdit);
        dispatch({ type: 'found', set });
      },
      (error: unknown) => dispatch({ type: 'failed', text: messageOf(error) })
    );
  };

  const save = (): void => {
    const set = state.set;
    if (!set) return;
    dispatch({ type: 'saving' });
    acceptProposals(stores, set, state.accepted, { now: props.clock() }).then(
      (outcome) => {
        if (outcome.kind === 'saved') {
          const b = outcome.draft.blueprint;
          dispatch({ type: 'saved', text: strings.savedDraft(b.name, b.version, outcome.draft.basedOnVersion, outcome.ontoDraft) });
        } else {
          blueprints.getPublished(outcome.live.id).then(
            (live) => dispatch({ type: 'changed', text: strings.blueprintChanged(outcome.before.version, outcome.live.version, live?.modifiedBy), before: outcome.before, live: outcome.live, recomputed: outcome.recomputed }),
            (error: unknown) => dispatch({ type: 'failed', text: messageOf(error) })
          );
        }
      },
      (error: unknown) => dispatch({ type: 'failed', text: error instanceof ConcurrencyConflictError ? strings.conflict : messageOf(error) })
    );
  };

  const set = state.set;
  const rows = set ? proposalRows(set.proposals, set.blueprint, strings, props.locale) : [];
  const notice = state.notice;
  return (
    <div className={classNames.root} data-testid="proposals-panel">
      <p>{strings.proposalsIntro}</p>
      {notice && (
        <MessageBar messageBarType={notice.kind === 'saved' ? MessageBarType.success : notice.kind === 'changed' ? MessageBarType.warning : MessageBarType.error} isMultiline>
          {notice.text}
          {notice.kind === 'changed' && (
            <div className={classNames.diff}>
              <BlueprintDiffView before={notice.before} after={notice.live} strings={lifecycle} headingLevel={5} />
            </div>
          )}
        </MessageBar>
      )}
      <div className={classNames.actions}>
        <DefaultButton text={strings.findProposals} iconProps={{ iconName: 'Lightbulb' }} onClick={find} disabled={state.phase === 'finding' || state.phase === 'saving'} />
        {state.phase === 'finding' && <Spinner label={strings.finding} ariaLive="polite" labelPosition="right" />}
      </div>
      {set && (
        <section aria-label={strings.tabs.proposals}>
          <p>{strings.proposalsOf(set.blueprint.name, set.blueprint.version, set.won, set.lost)}</p>
          {rows.length === 0 ? (
            <MessageBar messageBarType={MessageBarType.info}>{strings.noProposals}</MessageBar>
          ) : (
            <ul className={classNames.list}>
              {rows.map((row) => (
                <li key={row.id} className={classNames.item} data-proposal={row.id}>
                  <Checkbox
                    label={row.title}
                    checked={state.accepted.includes(row.id)}
                    disabled={!canEdit || state.phase === 'saving'}
                    onChange={(_e, checked) => dispatch({ type: 'toggle', id: row.id, accepted: checked === true })}
                  />
                  <p className={classNames.evidence}>{row.evidence}</p>
                </li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <div className={classNames.actions}>
              <PrimaryButton text={strings.saveDraft(state.accepted.length)} iconProps={{ iconName: 'Save' }} disabled={state.accepted.length === 0 || state.phase === 'saving'} onClick={save} />
              {state.phase === 'saving' && <Spinner label={strings.saving} ariaLive="polite" labelPosition="right" />}
            </div>
          ) : (
            <MessageBar messageBarType={MessageBarType.info}>{strings.readOnly}</MessageBar>
          )}
        </section>
      )}
    </div>
  );
}
